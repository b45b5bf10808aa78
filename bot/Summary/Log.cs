namespace CaseCoordinatorBot.Summary;

// Case references and event names only.
internal static partial class Log
{
    [LoggerMessage(EventId = 9100, Level = LogLevel.Information, Message = "Summary of case {CaseRef} posted")]
    public static partial void SummaryPosted(ILogger logger, string caseRef);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Summary of case {CaseRef} redrawn")]
    public static partial void SummaryRefreshed(ILogger logger, string caseRef);


    [LoggerMessage(EventId = 9103, Level = LogLevel.Warning, Message = "Summary of case {CaseRef} could not be posted (status {StatusCode})")]
    public static partial void SummaryPostFailed(ILogger logger, string caseRef, int statusCode);
}
