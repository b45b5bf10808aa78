namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// Acts when a timer of its <see cref="Kind"/> is due. Register with
/// <c>services.AddTimerHandler&lt;T&gt;()</c>; one handler per kind. A handler runs in its own DI scope. It may
/// run more than once for one timer (an instance died after acting but before recording it), so its effects
/// must be idempotent on <see cref="TimerFired.Id"/>. Throwing makes the sweeper try again later, with
/// back-off, up to <see cref="SchedulingOptions.MaxAttempts"/> times, and then park the timer as failed; a connector
/// call that got no answer parks it at once, since its message may have been posted (see <see cref="TimerFailures"/>).
/// </summary>
public interface ITimerHandler
{
    /// <summary>The kind this handler fires, <c>feature.event</c>, e.g. <c>escalation.stageDue</c>.</summary>
    static abstract string Kind { get; }

    Task HandleAsync(TimerFired timer, CancellationToken cancellationToken);
}
