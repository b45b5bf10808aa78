namespace CaseCoordinatorBot.Hosting;

/// <summary>
/// The system clock moved forward by an offset that only the test clock control changes: end-to-end runs in the
/// Playground can then watch a working-day deadline pass without waiting days. Timers and stopwatches keep real time.
/// </summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        Interlocked.Add(ref offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
