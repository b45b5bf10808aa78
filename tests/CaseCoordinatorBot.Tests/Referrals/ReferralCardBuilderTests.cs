using CaseCoordinatorBot.Referrals;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Referrals;

public class ReferralCardBuilderTests
{
    private static readonly CalendarReferralDeadlines Deadlines = new(CaseCoordinatorBot.Tests.Calendar.TestCalendar.Create());

    private static readonly DateTimeOffset Submitted = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Submitted);

    private ReferralCardBuilder Builder() => new(clock, Options.Create(new ReferralOptions()));

    internal static Referral Sample() => new("3f9c2a7b1d04", "CR-1042", "A.B.", 1, ReferralStatus.Submitted,
        new ReferralContent("What happened.", "", "Fears.", "Help.", ParentalConsent.Given, ""),
        new ReferralPerson("t/dsl", "Dana Shah"), Submitted,
        new DeskRef("19:desk@thread.tacv2", "Northfield front door", "https://smba.example/"), ReferralCardIds.None,
        Deadlines.DueBy(Submitted, 1), Deadlines.DueBy(Submitted, 1),
        null, null, null, null, null, [], []);

    [Fact]
    public void The_status_card_names_the_next_step_and_its_due_date_in_working_days()
    {
        var card = Builder().Status(Sample());
        Assert.Equal("CSC to acknowledge the referral, due by 24 Nov 2026, 17:00 (1 working day)", card.NextStep);
        Assert.False(card.Overdue);
        Assert.True(card.CanAsk);
        Assert.False(card.CanChallenge);
    }

    [Fact]
    public void Past_the_due_time_the_card_says_overdue()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 17, 0, 1, TimeSpan.Zero));
        Assert.True(Builder().Status(Sample()).Overdue);
        Assert.True(Builder().Desk(Sample()).Overdue);
    }

    [Fact]
    public void A_decided_referral_is_never_overdue_and_shows_its_full_reason_and_advice()
    {
        clock.SetUtcNow(Submitted.AddDays(10));
        var decided = Sample() with
        {
            Status = ReferralStatus.Decided,
            Decision = new ReferralDecision(ReferralOutcome.NoFurtherAction, "A long reason, in full.", "Keep recording.",
                new ReferralPerson("t/sw", "Sam Okafor"), Submitted.AddHours(3)),
        };
        var card = Builder().Status(decided);
        Assert.False(card.Overdue);
        Assert.Equal(("A long reason, in full.", "Keep recording."), (card.Reason, card.Advice));
        Assert.True(card.CanChallenge);
    }
}
