namespace CaseCoordinatorBot.Cases;

internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: {Action} refused ({Reason})")]
    public static partial void AccessRefused(ILogger logger, string correlationId, string action, string reason);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Case {CaseRef}: a person's case list lost its update to concurrent writers; the case stands, and its channel still reaches it")]
    public static partial void UserCasesNotUpdated(ILogger logger, string caseRef);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Turn {CorrelationId}: {Count} members left; cached rosters dropped")]
    public static partial void RostersForgotten(ILogger logger, string correlationId, int count);
}
