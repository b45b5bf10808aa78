namespace CaseCoordinatorBot.Escalations;

// The stalled-work digest: ids, counts and event names only.
internal static partial class Log
{
    [LoggerMessage(EventId = 6110, Level = LogLevel.Warning, Message = "Timer {TimerId} ({Kind}) was set but not noted for the stalled-work digest ({ExceptionType})")]
    public static partial void StalledWorkIndexFailed(ILogger logger, string timerId, string kind, string exceptionType);

    [LoggerMessage(EventId = 6111, Level = LogLevel.Information, Message = "Stalled-work digest of {Week}: {Desks} desks to consider")]
    public static partial void StalledWorkDigestStarted(ILogger logger, string week, int desks);

    [LoggerMessage(EventId = 6112, Level = LogLevel.Information, Message = "Stalled-work digest of {Week} for desk {DeskKey}: {Items} items from {Cases} cases")]
    public static partial void StalledWorkDigestSent(ILogger logger, string week, string deskKey, int items, int cases);

}
