using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Storage;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, EventName = "StorageContainerReady", Level = LogLevel.Information,
        Message = "Storage container {Container} is ready")]
    public static partial void ContainerReady(ILogger logger, string container);

    [LoggerMessage(EventId = 3002, EventName = "StorageNotReachable", Level = LogLevel.Warning,
        Message = "Storage is not reachable yet; trying again in {RetryIn}")]
    public static partial void StorageNotReachable(ILogger logger, Exception exception, TimeSpan retryIn);

    [LoggerMessage(EventId = 3003, EventName = "StorageUpdateConflict", Level = LogLevel.Debug,
        Message = "Document {Key} changed during update attempt {Attempt}; re-reading")]
    public static partial void UpdateConflict(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 3004, EventName = "StorageUpdateGaveUp", Level = LogLevel.Warning,
        Message = "Document {Key} still conflicted after {Attempts} update attempts")]
    public static partial void UpdateGaveUp(ILogger logger, string key, int attempts);

    [LoggerMessage(EventId = 3005, EventName = "StorageNotReady", Level = LogLevel.Warning,
        Message = "Storage readiness check failed")]
    public static partial void NotReady(ILogger logger, Exception exception);
}
