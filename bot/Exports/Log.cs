namespace CaseCoordinatorBot.Exports;

// Ids, formats and counts only: never an entry's content or a person's name.
internal static partial class Log
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Turn {CorrelationId}: export {ExportId} of case {CaseRef} offered in a personal chat")]
    public static partial void ExportOffered(ILogger logger, string correlationId, string exportId, string caseRef);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: export of case {CaseRef} could not be offered (status {StatusCode}, {ErrorCode})")]
    public static partial void ExportNotOffered(ILogger logger, string correlationId, string caseRef, int statusCode, string errorCode);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "Turn {CorrelationId}: export {ExportId} of case {CaseRef} uploaded as {Format} with {Count} entries (chain intact: {Intact})")]
    public static partial void ExportUploaded(ILogger logger, string correlationId, string exportId, string caseRef, string format, int count, bool intact);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: export {ExportId} upload failed (status {StatusCode})")]
    public static partial void ExportUploadFailed(ILogger logger, string correlationId, string exportId, int statusCode);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Information, Message = "Turn {CorrelationId}: export {ExportId} declined")]
    public static partial void ExportDeclined(ILogger logger, string correlationId, string exportId);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: file consent refused: {Reason}")]
    public static partial void ConsentRefused(ILogger logger, string correlationId, string reason);
}
