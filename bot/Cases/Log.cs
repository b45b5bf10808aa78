namespace CaseCoordinatorBot.Cases;

internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: {Action} refused ({Reason})")]
    public static partial void AccessRefused(ILogger logger, string correlationId, string action, string reason);
}
