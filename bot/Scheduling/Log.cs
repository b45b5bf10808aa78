using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Scheduling;

// Timer ids and kinds only: payloads are never logged.
internal static partial class Log
{
    [LoggerMessage(EventId = 8001, EventName = "TimerScheduled", Level = LogLevel.Debug,
        Message = "Timer {TimerId} ({Kind}) scheduled for {DueAt:O}")]
    public static partial void TimerScheduled(ILogger logger, string timerId, string kind, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 8002, EventName = "TimerAlreadyScheduled", Level = LogLevel.Debug,
        Message = "Timer {TimerId} ({Kind}) already exists as {State}; left as it is")]
    public static partial void TimerAlreadyScheduled(ILogger logger, string timerId, string kind, string state);

    [LoggerMessage(EventId = 8003, EventName = "TimerCancelled", Level = LogLevel.Debug,
        Message = "Timer {TimerId} cancelled")]
    public static partial void TimerCancelled(ILogger logger, string timerId);

    [LoggerMessage(EventId = 8004, EventName = "TimerFired", Level = LogLevel.Information,
        Message = "Timer {TimerId} ({Kind}) fired on attempt {Attempt}")]
    public static partial void TimerFired(ILogger logger, string timerId, string kind, int attempt);

    // The exception's type only: a handler's exception message may quote what it was working on.
    [LoggerMessage(EventId = 8005, EventName = "TimerRetrying", Level = LogLevel.Warning,
        Message = "Timer {TimerId} ({Kind}) failed on attempt {Attempt} ({ErrorType}); trying again at {RetryAt:O}")]
    public static partial void TimerRetrying(ILogger logger, string timerId, string kind, int attempt,
        string errorType, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 8006, EventName = "TimerParked", Level = LogLevel.Error,
        Message = "Timer {TimerId} ({Kind}) parked as failed after {Attempts} attempts ({LastError})")]
    public static partial void TimerParked(ILogger logger, string timerId, string kind, int attempts, string lastError);

    [LoggerMessage(EventId = 8007, EventName = "TimerSwept", Level = LogLevel.Debug,
        Message = "Instance {InstanceId} swept {Listed} timers: {Fired} fired, {Retried} to retry, {Parked} parked")]
    public static partial void Swept(ILogger logger, string instanceId, int listed, int fired, int retried, int parked);

    [LoggerMessage(EventId = 8008, EventName = "TimerSweepFailed", Level = LogLevel.Warning,
        Message = "Instance {InstanceId} could not finish a timer sweep; the next one tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception, string instanceId);
}
