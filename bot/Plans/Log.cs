namespace CaseCoordinatorBot.Plans;

// Case references, action numbers and event names only: never what an action says.
internal static partial class Log
{
    [LoggerMessage(EventId = 9400, Level = LogLevel.Information, Message = "Turn {CorrelationId}: plan of case {CaseRef}, action {Number} {Change}")]
    public static partial void Changed(ILogger logger, string correlationId, string caseRef, int number, string change);

    [LoggerMessage(EventId = 9401, Level = LogLevel.Information, Message = "Plan of case {CaseRef}: action {Number} overdue, owner nudged (reminder {Reminder})")]
    public static partial void Nudged(ILogger logger, string caseRef, int number, bool reminder);

    [LoggerMessage(EventId = 9402, Level = LogLevel.Information, Message = "Plan of case {CaseRef}: posted for core group {ConferenceId} ({Count} actions)")]
    public static partial void CoreGroupOpened(ILogger logger, string caseRef, string conferenceId, int count);
}
