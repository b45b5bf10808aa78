using System.Collections.Concurrent;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Tests.Scheduling;

/// <summary>What the test handlers did, shared by every instance of a test: effects and attempts by timer id.</summary>
public sealed class TimerEffects
{
    public ConcurrentDictionary<string, int> Effects { get; } = new();

    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public ConcurrentQueue<TimerFired> Fired { get; } = new();

    public TaskCompletionSource HangStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cancelled by <see cref="StopAfterEffectHandler"/> once its effect is done.</summary>
    public CancellationTokenSource? StopSweep { get; set; }

    public void Record(TimerFired timer)
    {
        Effects.AddOrUpdate(timer.Id, 1, (_, n) => n + 1);
        Fired.Enqueue(timer);
    }

    public int Attempt(string id) => Attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
}

/// <summary>Records one effect per firing.</summary>
public sealed class RecordingHandler(TimerEffects effects) : ITimerHandler
{
    public static string Kind => "test.record";

    public Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        effects.Record(timer);
        return Task.CompletedTask;
    }
}

/// <summary>Always fails, counting its attempts.</summary>
public sealed class FailingHandler(TimerEffects effects) : ITimerHandler
{
    public static string Kind => "test.fail";

    public Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        effects.Attempt(timer.Id);
        // As a careless handler might: the message quotes the payload, which must not reach the logs.
        throw new InvalidOperationException($"The handler failed on {timer.Payload}.");
    }
}

/// <summary>
/// On its first attempt hangs until its instance stops (as an instance that dies mid-way leaves its claim
/// behind); on later attempts records the effect.
/// </summary>
public sealed class HangingOnceHandler(TimerEffects effects) : ITimerHandler
{
    public static string Kind => "test.hangOnce";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        if (timer.Attempt == 1)
        {
            effects.HangStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        effects.Record(timer);
    }
}

/// <summary>
/// Records its effect and then stops the sweep that runs it, as a shutdown arriving just after a handler finished.
/// </summary>
public sealed class StopAfterEffectHandler(TimerEffects effects) : ITimerHandler
{
    public static string Kind => "test.stopAfterEffect";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        effects.Record(timer);
        if (effects.StopSweep is { } stop)
            await stop.CancelAsync();
    }
}
