namespace CaseCoordinatorBot.Scheduling;

/// <summary>Sets and cancels durable timers. Timers live in storage: they survive restarts and fire once in effect.</summary>
public interface ITimerScheduler
{
    /// <summary>
    /// Sets the timer unless one with the same id exists or has already fired (then nothing changes and the
    /// result is false). A timer due in the past fires at the next sweep.
    /// </summary>
    /// <exception cref="ArgumentException">No handler for the kind, an empty or over-long id, or a payload over 4 KB.</exception>
    Task<bool> ScheduleAsync(TimerRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a pending timer; true if one was pending. A timer whose handler is already running is not
    /// stopped. After a cancel the id may be scheduled again.
    /// </summary>
    Task<bool> CancelAsync(string id, CancellationToken cancellationToken);
}
