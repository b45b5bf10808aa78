using CaseCoordinatorBot.Calendar;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// The stage arithmetic. A stage started at an instant is due at close of business on the Nth working day after that
/// day (domain.md); the reminder falls the grace period of working days after that, and the stall action the same
/// grace period after the reminder.
/// </summary>
public sealed class EscalationClock(WorkingDayCalendar calendar)
{
    public DateTimeOffset DueAt(EscalationStage stage, DateTimeOffset startedAt) =>
        calendar.DeadlineAfter(startedAt, stage.RespondWithinWorkingDays);

    public DateTimeOffset At(EscalationStage stage, DateTimeOffset startedAt, StageStep step)
    {
        var due = DueAt(stage, startedAt);
        return step switch
        {
            StageStep.Due => due,
            StageStep.Remind => calendar.DeadlineAfter(due, stage.GraceWorkingDays),
            StageStep.Stalled => calendar.DeadlineAfter(calendar.DeadlineAfter(due, stage.GraceWorkingDays), stage.GraceWorkingDays),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
    }

    public string Describe(DateTimeOffset deadline) => calendar.Describe(deadline);
}

/// <summary>The steps of a stalled stage: nudge the owner at due, remind after the grace period, then act per policy.</summary>
public enum StageStep { Due, Remind, Stalled }
