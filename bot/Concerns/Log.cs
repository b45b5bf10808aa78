namespace CaseCoordinatorBot.Concerns;

// Ids and counts only: never what was written about the child.
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Turn {CorrelationId}: concern logged in case {CaseRef} as entry {Sequence}")]
    public static partial void ConcernLogged(ILogger logger, string correlationId, string caseRef, long sequence);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Turn {CorrelationId}: concern for case {CaseRef} already logged as entry {Sequence}")]
    public static partial void ConcernAlreadyLogged(ILogger logger, string correlationId, string caseRef, long sequence);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Turn {CorrelationId}: concern for case {CaseRef} returned with {Count} problems")]
    public static partial void ConcernRefused(ILogger logger, string correlationId, string caseRef, int count);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Turn {CorrelationId}: concern for case {CaseRef} returned with {Count} plain-language flags")]
    public static partial void ConcernFlagged(ILogger logger, string correlationId, string caseRef, int count);
}
