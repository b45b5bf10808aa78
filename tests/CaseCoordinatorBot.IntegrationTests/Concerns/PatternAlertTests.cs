using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class PatternAlertTests(AzuriteFixture azurite) : EarlyConcernTest(azurite)
{
    [Fact]
    public async Task The_third_early_concern_in_30_days_alerts_the_channel_once_without_concern_text()
    {
        var channel = TestPeople.Channel("pattern-count");
        await LinkCaseAsync(channel, "CR-9401", initials: "AB");
        await LogEarlyAsync(channel, "CR-9401");
        Clock.Advance(TimeSpan.FromDays(1));
        await LogEarlyAsync(channel, "CR-9401", null, ("category", "Neglect"));
        Assert.Empty(Alerts);

        Clock.Advance(TimeSpan.FromDays(1));
        var draftId = Guid.NewGuid().ToString("N");
        await SubmitAsync(channel, Concern("CR-9401", draftId));
        await SubmitAsync(channel, Concern("CR-9401", draftId)); // a double click: the same set, no second alert
        Clock.Advance(TimeSpan.FromHours(1));
        await Sweeper.SweepOnceAsync(default);

        var alert = Assert.Single(Alerts);
        Assert.Contains("Pattern of early concerns for CR-9401 (A.B.)", alert);
        Assert.Contains("may meet the threshold", alert);
        Assert.Contains("#1 · ", alert);
        Assert.Contains("#2 · ", alert);
        Assert.Contains("#3 · ", alert);
        Assert.Contains("Neglect", alert);
        Assert.Contains("designated safeguarding lead", alert);
        Assert.Contains("social worker", alert);
        Assert.All(Secrets.Append(ConcernTest.Seen).Append(ConcernTest.ChildsWords), s => Assert.DoesNotContain(s, alert));
        Assert.All(Secrets, s => Assert.DoesNotContain(s, Bot.Logs.AllText));
    }

    [Fact]
    public async Task Early_concerns_from_two_agencies_within_14_days_alert()
    {
        var channel = TestPeople.Channel("pattern-agency");
        await LinkCaseAsync(channel, "CR-9402");
        await LogEarlyAsync(channel, "CR-9402");
        Clock.Advance(TimeSpan.FromDays(12));
        await LogEarlyAsync(channel, "CR-9402", TestPeople.Nurse, ("seenOn", Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd")));

        Assert.Single(Alerts);
    }

    [Fact]
    public async Task Early_concerns_further_apart_than_the_windows_do_not_alert()
    {
        var channel = TestPeople.Channel("pattern-apart");
        await LinkCaseAsync(channel, "CR-9403");
        await LogEarlyAsync(channel, "CR-9403");
        Clock.Advance(TimeSpan.FromDays(16));
        await LogEarlyAsync(channel, "CR-9403", TestPeople.Nurse, ("seenOn", Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd")));
        Clock.Advance(TimeSpan.FromDays(16));
        await LogEarlyAsync(channel, "CR-9403", null, ("seenOn", Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd")));

        Assert.Empty(Alerts);
    }

    [Fact]
    public async Task Concerns_that_need_a_referral_now_are_not_counted_as_early_ones()
    {
        var channel = TestPeople.Channel("pattern-referral");
        await LinkCaseAsync(channel, "CR-9404");
        await LogEarlyAsync(channel, "CR-9404", null, ("level", "ReferralNow"));
        await LogEarlyAsync(channel, "CR-9404", TestPeople.Nurse, ("level", "ReferralNow"));
        await LogEarlyAsync(channel, "CR-9404", null, ("level", "ReferralNow"));

        Assert.Empty(Alerts);
    }
}
