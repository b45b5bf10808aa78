using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Tests.Calendar;

namespace CaseCoordinatorBot.Tests.Escalations;

public class EscalationClockTests
{
    private static readonly EscalationPolicy Default = EscalationPolicyLoader.Load(new EscalationOptions().FullPolicyFile);
    private static readonly EscalationClock Clock = new(TestCalendar.Create());

    // 17:00 in London on a day in winter (GMT) is 17:00 UTC.
    private static DateTimeOffset Close(string day) => new(TestCalendar.Day(day).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);

    [Fact]
    public void Stage_one_raised_on_a_wednesday_before_christmas_is_due_after_the_two_bank_holidays()
    {
        // Wed 23 Dec 2026: working days after it are Thu 24, then (25 Dec holiday, weekend, 28 Dec holiday) Tue 29.
        var raised = new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(Close("2026-12-29"), Clock.DueAt(Default.First, raised));
        Assert.Equal(Close("2026-12-30"), Clock.At(Default.First, raised, StageStep.Remind));
        Assert.Equal(Close("2026-12-31"), Clock.At(Default.First, raised, StageStep.Stalled));
    }

    [Fact]
    public void A_stage_raised_after_close_of_business_still_counts_from_the_next_day()
    {
        var raised = new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.Zero); // Friday evening
        Assert.Equal(Close("2026-12-02"), Clock.DueAt(Default.Stage(2)!, raised)); // Mon, Tue, Wed
    }

    [Fact]
    public void The_grace_period_of_a_later_stage_skips_new_year()
    {
        var raised = new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero);
        var stage3 = Default.Stage(3)!; // 5 working days, grace 2
        // 29, 30, 31 Dec, (1 Jan holiday, weekend) 4, 5 Jan; grace 2 working days each way.
        Assert.Equal(Close("2027-01-05"), Clock.DueAt(stage3, raised));
        Assert.Equal(Close("2027-01-07"), Clock.At(stage3, raised, StageStep.Remind));
        Assert.Equal(Close("2027-01-11"), Clock.At(stage3, raised, StageStep.Stalled));
    }
}
