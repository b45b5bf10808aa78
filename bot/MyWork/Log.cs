namespace CaseCoordinatorBot.MyWork;

// Timer ids, case references, counts and event names only.
internal static partial class Log
{
    [LoggerMessage(EventId = 9300, Level = LogLevel.Information, Message = "Digest {TimerId}: nothing due today, not sent")]
    public static partial void DigestNotNeeded(ILogger logger, string timerId);

    [LoggerMessage(EventId = 9301, Level = LogLevel.Information, Message = "Digest {TimerId}: sent with {Count} items")]
    public static partial void DigestSent(ILogger logger, string timerId, int count);

    [LoggerMessage(EventId = 9302, Level = LogLevel.Information, Message = "Turn {CorrelationId}: my work listed, {Count} items")]
    public static partial void Listed(ILogger logger, string correlationId, int count);

    [LoggerMessage(EventId = 9303, Level = LogLevel.Information, Message = "Turn {CorrelationId}: digest {Change}")]
    public static partial void DigestChanged(ILogger logger, string correlationId, string change);

    [LoggerMessage(EventId = 9304, Level = LogLevel.Information, Message = "Turn {CorrelationId}: item {Source} of case {CaseRef} opened")]
    public static partial void Opened(ILogger logger, string correlationId, string source, string caseRef);
}
