namespace CaseCoordinatorBot.Chronology;

internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "Chronology of case {CaseRef}: entry {Sequence} was taken, attempt {Attempt} moves on")]
    public static partial void AppendRetried(ILogger logger, string caseRef, long sequence, int attempt);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: chronology of case {CaseRef} breaks at entry {Sequence}")]
    public static partial void ChainBroken(ILogger logger, string correlationId, string caseRef, long sequence);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Turn {CorrelationId}: chronology of case {CaseRef} verified, {Count} entries intact")]
    public static partial void ChainIntact(ILogger logger, string correlationId, string caseRef, long count);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "View {View} of case {CaseRef} could not be redrawn ({Failure}); the next change tries again")]
    public static partial void CaseViewFailed(ILogger logger, string caseRef, string view, string failure);
}
