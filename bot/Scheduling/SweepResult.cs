namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// What one sweep of one instance did. <see cref="Listed"/> is how many pending timers it looked at (its cost);
/// <see cref="Skipped"/> those not yet due, held back after a failure, held by another instance, or taken by
/// another instance first.
/// </summary>
public sealed record SweepResult(int Listed, int Fired, int Retried, int Parked, int Skipped)
{
    public static SweepResult Sum(IEnumerable<TimerOutcome> outcomes, int listed)
    {
        var all = outcomes.ToArray();
        return new SweepResult(listed, all.Count(o => o == TimerOutcome.Fired), all.Count(o => o == TimerOutcome.Retried),
            all.Count(o => o == TimerOutcome.Parked), all.Count(o => o == TimerOutcome.Skipped));
    }
}

public enum TimerOutcome
{
    Skipped,
    Fired,
    Retried,
    Parked,
}
