namespace CaseCoordinatorBot.Escalations;

// Ids and event names only: never what the disagreement is about, the reasons, or anyone's name.
internal static partial class Log
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Escalation {EscalationId} of case {CaseRef} at stage {Stage}: {Event}")]
    public static partial void Changed(ILogger logger, string caseRef, string escalationId, int stage, string @event);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Error, Message = "Escalation {EscalationId} of case {CaseRef}: chronology entry failed with {ExceptionType}")]
    public static partial void ChronologyEntryFailed(ILogger logger, string caseRef, string escalationId, string exceptionType);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Escalation {EscalationId} of case {CaseRef}: the card could not be posted or updated ({Status} {Code})")]
    public static partial void CardFailed(ILogger logger, string caseRef, string escalationId, int status, string code);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Escalation {EscalationId} of case {CaseRef}: stage {Stage} {Step} timer fired")]
    public static partial void StageTimerFired(ILogger logger, string caseRef, string escalationId, int stage, string step);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: {Action} refused ({Reason})")]
    public static partial void Refused(ILogger logger, string correlationId, string action, string reason);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Information, Message = "Escalation {EscalationId} of case {CaseRef}: stage {Stage} copy posted to the owner's {Place}")]
    public static partial void OwnerCopyPosted(ILogger logger, string caseRef, string escalationId, int stage, string place);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "Escalation {EscalationId} of case {CaseRef}: no desk or personal chat reaches the owner of stage {Stage}")]
    public static partial void OwnerNotReachable(ILogger logger, string caseRef, string escalationId, int stage);

    [LoggerMessage(EventId = 6107, Level = LogLevel.Warning, Message = "Escalation {EscalationId} of case {CaseRef}: post {Key} not made, its earlier attempt's outcome is unknown")]
    public static partial void PostOutcomeUnknown(ILogger logger, string caseRef, string escalationId, string key);
}
