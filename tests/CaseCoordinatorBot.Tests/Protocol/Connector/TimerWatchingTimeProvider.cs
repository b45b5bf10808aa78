using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that remembers every due time a timer of its was given (when made or
/// changed: a cancellation source's CancelAfter changes its timer), so that a test can wait until a retry
/// delay or attempt timeout is scheduled before it moves time, and see how long it is.
/// </summary>
internal sealed class TimerWatchingTimeProvider : FakeTimeProvider
{
    private readonly Lock gate = new();
    private readonly List<TimeSpan> dueTimes = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Scheduled(dueTime);
        return new WatchedTimer(base.CreateTimer(callback, state, dueTime, period), this);
    }

    public IReadOnlyList<TimeSpan> DueTimes
    {
        get { lock (gate) return [.. dueTimes]; }
    }

    /// <summary>Waits (5 s at most, real time) until a timer is due after exactly <paramref name="dueTime"/>.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!DueTimes.Contains(dueTime))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No timer due after {dueTime}; timers: {string.Join(", ", DueTimes)}.");
            await Task.Delay(5);
        }
    }

    private void Scheduled(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
            lock (gate) dueTimes.Add(dueTime);
    }

    private sealed class WatchedTimer(ITimer inner, TimerWatchingTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Scheduled(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
