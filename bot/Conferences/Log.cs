namespace CaseCoordinatorBot.Conferences;

// Ids, meeting types and event names only: never reasons, names, mailboxes or anything about the family.
internal static partial class Log
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Conference {ConferenceId} of case {CaseRef} ({Type}): {Event}")]
    public static partial void Changed(ILogger logger, string caseRef, string conferenceId, MeetingType type, string @event);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: {Action} refused ({Reason})")]
    public static partial void Refused(ILogger logger, string correlationId, string action, string reason);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Conference {ConferenceId} of case {CaseRef}: calendar call {Call} failed (status {Status}, transient {Transient})")]
    public static partial void CalendarFailed(ILogger logger, string caseRef, string conferenceId, string call, int status, bool transient);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Conference {ConferenceId} of case {CaseRef}: chronology entry failed with {ExceptionType}")]
    public static partial void ChronologyEntryFailed(ILogger logger, string caseRef, string conferenceId, string exceptionType);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Error, Message = "Referral {ReferralId} of case {CaseRef}: the strategy discussion could not be requested ({ExceptionType})")]
    public static partial void StrategyDiscussionFailed(ILogger logger, string caseRef, string referralId, string exceptionType);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Information, Message = "Conference {ConferenceId} of case {CaseRef}: chair warned of {RiskCount} new risks")]
    public static partial void ChairWarned(ILogger logger, string caseRef, string conferenceId, int riskCount);
}
