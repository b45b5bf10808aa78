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

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Review of entry {Sequence} of case {CaseRef} scheduled for {ReviewBy}")]
    public static partial void ReviewScheduled(ILogger logger, string caseRef, long sequence, DateTimeOffset reviewBy);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Review prompt for entry {Sequence} of case {CaseRef} posted")]
    public static partial void ReviewPrompted(ILogger logger, string caseRef, long sequence);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Turn {CorrelationId}: review of entry {Sequence} of case {CaseRef} is entry {ReviewSequence} (new: {Created})")]
    public static partial void ReviewRecorded(ILogger logger, string correlationId, string caseRef, long sequence, long reviewSequence, bool created);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "Pattern alert for case {CaseRef} posted for entries {Entries}")]
    public static partial void PatternAlerted(ILogger logger, string caseRef, string entries);

    [LoggerMessage(EventId = 4114, Level = LogLevel.Warning, Message = "Pattern alert for case {CaseRef} could not be posted (status {StatusCode}); it will be tried again with the next concern")]
    public static partial void PatternAlertFailed(ILogger logger, string caseRef, int statusCode);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Prompt {Round} posted in case {CaseRef} with {SilentCount} silent agencies")]
    public static partial void PromptPosted(ILogger logger, string caseRef, int round, int silentCount);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Turn {CorrelationId}: nothing new for prompt {Round} of case {CaseRef} is entry {Sequence} (new: {Created})")]
    public static partial void NothingNewRecorded(ILogger logger, string correlationId, string caseRef, int round, long sequence, bool created);

    [LoggerMessage(EventId = 4130, Level = LogLevel.Information, Message = "Entry {Sequence} of case {CaseRef} announced to children's social care in the {Where}")]
    public static partial void CscNotified(ILogger logger, string caseRef, long sequence, string where);

    [LoggerMessage(EventId = 4131, Level = LogLevel.Warning, Message = "Entry {Sequence} of case {CaseRef} could not be announced to children's social care (status {StatusCode})")]
    public static partial void CscNoticeFailed(ILogger logger, string caseRef, long sequence, int statusCode);

    [LoggerMessage(EventId = 4140, Level = LogLevel.Information, Message = "Turn {CorrelationId}: case {CaseRef} asked case {OtherCaseRef} to confirm a sibling link")]
    public static partial void SiblingRequested(ILogger logger, string correlationId, string caseRef, string otherCaseRef);

    [LoggerMessage(EventId = 4141, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: sibling request from case {CaseRef} could not be posted to case {OtherCaseRef} (status {StatusCode})")]
    public static partial void SiblingRequestFailed(ILogger logger, string correlationId, string caseRef, string otherCaseRef, int statusCode);

    [LoggerMessage(EventId = 4142, Level = LogLevel.Information, Message = "Turn {CorrelationId}: case {CaseRef} answered the sibling request from case {FromCaseRef}: {Outcome}")]
    public static partial void SiblingAnswered(ILogger logger, string correlationId, string caseRef, string fromCaseRef, string outcome);

    [LoggerMessage(EventId = 4143, Level = LogLevel.Information, Message = "Entry {Sequence} of case {CaseRef} noticed to sibling case {SiblingCaseRef} as entry {SiblingSequence}")]
    public static partial void SiblingNoticed(ILogger logger, string caseRef, long sequence, string siblingCaseRef, long siblingSequence);

    [LoggerMessage(EventId = 4144, Level = LogLevel.Warning, Message = "Sibling note to case {CaseRef} could not be posted (status {StatusCode})")]
    public static partial void SiblingNoteFailed(ILogger logger, string caseRef, int statusCode);

    [LoggerMessage(EventId = 4145, Level = LogLevel.Warning, Message = "Case {CaseRef}: the channel note for entry {Sequence}, logged from a personal chat, could not be posted (status {StatusCode})")]
    public static partial void ChannelNoteFailed(ILogger logger, string caseRef, long sequence, int statusCode);

    [LoggerMessage(EventId = 4150, Level = LogLevel.Information, Message = "Turn {CorrelationId}: monitoring period {PeriodId} of case {CaseRef}: {Step}")]
    public static partial void MonitoringChanged(ILogger logger, string correlationId, string caseRef, string periodId, string step);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Information, Message = "Monitoring period {PeriodId} of case {CaseRef} has ended: the reviewer was asked to decide")]
    public static partial void MonitoringReviewAsked(ILogger logger, string caseRef, string periodId);
}
