namespace CaseCoordinatorBot.Referrals;

// Ids and event names only: never what was written in a referral, nor anyone's name.
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Turn {CorrelationId}: referral {ReferralId} of case {CaseRef}: {Event}")]
    public static partial void Changed(ILogger logger, string correlationId, string caseRef, string referralId, string @event);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Referral {ReferralId} of case {CaseRef}: the {Which} card could not be updated ({Status} {Code})")]
    public static partial void CardUpdateFailed(ILogger logger, string caseRef, string referralId, string which, int status, string code);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: referral {ReferralId} of case {CaseRef}: posting to the desk failed ({Status} {Code})")]
    public static partial void DeskPostFailed(ILogger logger, string correlationId, string caseRef, string referralId, int status, string code);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Turn {CorrelationId}: referral {ReferralId} of case {CaseRef}: acted on a card at revision {Shown}, now {Current}")]
    public static partial void StaleCard(ILogger logger, string correlationId, string caseRef, string referralId, int shown, int current);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: {Action} refused ({Reason})")]
    public static partial void Refused(ILogger logger, string correlationId, string action, string reason);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Error, Message = "Case {CaseRef}: chronology entry for {Event} failed with {ExceptionType}")]
    public static partial void ChronologyEntryFailed(ILogger logger, string caseRef, string @event, string exceptionType);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Case {CaseRef}: referral {ReferralId} step {Step} is overdue; reminding")]
    public static partial void ReminderDue(ILogger logger, string caseRef, string referralId, string step);

    [LoggerMessage(EventId = 5030, Level = LogLevel.Warning, Message = "Case {CaseRef}: the prompt to record observations after the decision was not posted (status {StatusCode})")]
    public static partial void RecordPromptFailed(ILogger logger, string caseRef, int statusCode);
}
