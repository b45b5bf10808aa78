namespace CaseCoordinatorBot.Protocol.Routing;

internal static partial class Log
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Turn {CorrelationId}: routed {Kind} {Route}")]
    public static partial void Routed(ILogger logger, string correlationId, string kind, string route);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Turn {CorrelationId}: ignored activity type {Type} name {Name}")]
    public static partial void Ignored(ILogger logger, string correlationId, string type, string name);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: unknown verb")]
    public static partial void UnknownVerb(ILogger logger, string correlationId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Turn {CorrelationId}: handler for {Route} failed with {ExceptionType}")]
    public static partial void HandlerFailed(ILogger logger, string correlationId, string route, string exceptionType);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: updating the shared card failed with status {Status}")]
    public static partial void SharedCardUpdateFailed(ILogger logger, string correlationId, int status);
}
