namespace CaseCoordinatorBot.Families;

// Ids and counts only: never what was said with the family, nor anyone's name.
internal static partial class Log
{
    [LoggerMessage(EventId = 4700, Level = LogLevel.Information, Message = "Turn {CorrelationId}: parent contact for case {CaseRef} returned with {Count} problems")]
    public static partial void ContactRefused(ILogger logger, string correlationId, string caseRef, int count);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "Turn {CorrelationId}: parent contact for case {CaseRef} is entry {Sequence} (new: {Created})")]
    public static partial void ContactRecorded(ILogger logger, string correlationId, string caseRef, long sequence, bool created);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: observation prompt for case {CaseRef} could not be posted (status {StatusCode})")]
    public static partial void PromptFailed(ILogger logger, string correlationId, string caseRef, int statusCode);
}
