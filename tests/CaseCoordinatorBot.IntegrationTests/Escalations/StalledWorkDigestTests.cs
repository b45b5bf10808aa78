using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.IntegrationTests.Referrals;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>
/// The weekly stalled-work digest on a clock the test moves across Easter 2027: Good Friday 26 March and Easter
/// Monday 29 March are bank holidays, and British Summer Time starts on Sunday 28 March.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class StalledWorkDigestTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private static readonly string SchoolDesk = TestPeople.Channel("school-safeguarding-desk");

    // Tuesday 23 March 2027, 10:00 in London (GMT): this week's Monday digest has gone.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 3, 23, 10, 0, 0, TimeSpan.Zero));

    private TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.RemoveAll<IReferralReminders>();
        services.AddSingleton<IReferralReminders, TimerReferralReminders>();
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        // The test sweeps by hand (see EscalationScenarioTests).
        services.PostConfigure<SchedulingOptions>(o => o.SweepInterval = TimeSpan.FromDays(45));
        services.AddStalledWorkDigest();
    }

    [Fact]
    public async Task The_digest_waits_for_the_Tuesday_after_Easter_and_lists_the_desks_stalled_work_once_oldest_first()
    {
        var referral = await ReferAsync("CR-6630");
        await LinkSchoolDeskAsync();
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 24, 9, 0, 0, TimeSpan.Zero));
        await AcknowledgeAsync(referral);
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 25, 11, 0, 0, TimeSpan.Zero));
        await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.askUpdate",
            new { caseRef = "CR-6630", referralId = referral.Id }, FormCardId));
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 25, 12, 0, 0, TimeSpan.Zero));
        var escalationId = await EscalateAsync("CR-6630");
        referral = await ReloadAsync(referral);
        Assert.True(referral.DecisionDue < clock.GetUtcNow() + TimeSpan.FromDays(4), "The decision is overdue by the digest.");
        Connector.ClearRequests();

        // Good Friday, Easter Monday, and Tuesday just before 08:30 BST: no digest.
        foreach (var at in new[] { At(3, 26, 12, 0), At(3, 29, 7, 31), At(3, 29, 12, 0), At(3, 30, 7, 29) })
        {
            clock.SetUtcNow(at);
            await SweepTwiceAsync();
            Assert.Empty(DigestsTo(DeskChannel));
        }

        clock.SetUtcNow(At(3, 30, 7, 31)); // Tuesday 30 March, 08:31 BST
        await SweepTwiceAsync();
        var digest = CardText(Assert.Single(DigestsTo(DeskChannel)).Body);
        Assert.Empty(DigestsTo(SchoolDesk)); // nothing stalled there: no card at all
        Assert.Contains("Stalled work this week: 3 items", digest);
        Assert.Contains("For Northfield front door", digest);
        var decision = digest.IndexOf("Referral decision overdue", StringComparison.Ordinal);
        var update = digest.IndexOf("Request for an update unanswered", StringComparison.Ordinal);
        Assert.True(decision > 0 && update > 0, digest);
        var escalation = digest.IndexOf("Escalation at stage 1 awaiting", StringComparison.Ordinal);
        Assert.Equal(referral.DecisionDue < referral.StatusRequests[0].AskedAt, decision < update); // oldest first
        Assert.True(update < escalation, digest); // asked at 11:00, escalated at 12:00
        Assert.Contains("CR-6630 (A.B.)", digest);
        Assert.DoesNotContain(WhatHappened, digest);
        Assert.DoesNotContain(ChildsWords, digest);
        Assert.DoesNotContain(TestPeople.Dsl.Name, digest);

        // Sent once: later sweeps the same week send nothing more.
        clock.Advance(TimeSpan.FromHours(3));
        await SweepTwiceAsync();
        Assert.Single(DigestsTo(DeskChannel));

        // Next Monday (5 April) nothing is stalled any more: no card.
        await DecideAsync(await ReloadAsync(referral), "EarlyHelp", Reason, Advice);
        // Resolved as the owner's answer and the raiser's acceptance would leave it (EscalationFlowTests walk that way).
        await Bot.Services.GetRequiredService<EscalationStore>().UpdateAsync("CR-6630", escalationId,
            e => e with { Status = EscalationStatus.Resolved }, default);
        await Bot.InvokeAsync(Teams.Execute(DeskChannel, TestPeople.SocialWorker, "referral.answer",
            new { caseRef = "CR-6630", referralId = referral.Id, requestId = "1", answer = "Early help offered.", newStatus = "" },
            (await ReloadAsync(referral)).StatusRequests[0].CardActivityId));
        Connector.ClearRequests();
        clock.SetUtcNow(At(4, 5, 7, 31));
        await SweepTwiceAsync();
        Assert.Empty(DigestsTo(DeskChannel));
        Assert.Empty(await Bot.Services.GetRequiredService<StalledWorkDigestIndex>().ItemsAsync("CR-6630", default));
    }

    /// <summary><c>escalate</c> in the case channel and the start card submitted by the DSL; returns the escalation id.</summary>
    private async Task<string> EscalateAsync(string caseRef)
    {
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "escalate"))) { }
        var start = Connector.Requests.Where(r => r.Method == "POST").Last().Body!["attachments"]![0]!["content"]!;
        var id = (string)start["actions"]![0]!["data"]!["escalationId"]!;
        var answer = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "escalation.raise",
            new { caseRef, escalationId = id, about = "NoResponse", description = "No decision on the referral after two days." }, "1700000000778"));
        Assert.Contains("Stage 1 of 4", CardText(answer["value"]));
        return id;
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    private async Task LinkSchoolDeskAsync()
    {
        Connector.SetRoster(SchoolDesk, [TestPeople.Dsl.Member()]);
        await Bot.InvokeAsync(Teams.Execute(SchoolDesk, TestPeople.Dsl, "channel.linkDesk",
            new { deskKind = nameof(DeskKind.SchoolSafeguarding), deskName = "Hillside safeguarding team" }));
        Connector.ClearRequests();
    }

    /// <summary>The weekly timer sets one timer per desk, due at once, which the second sweep fires.</summary>
    private async Task SweepTwiceAsync()
    {
        await Sweeper.SweepOnceAsync(default);
        await Sweeper.SweepOnceAsync(default);
    }

    /// <summary>Digest cards posted as new posts in a desk channel.</summary>
    private ConnectorRequest[] DigestsTo(string channel) => Connector.Requests.Where(r => r.Method == "POST"
        && r.Path == $"/v3/conversations/{channel}/activities" && CardText(r.Body).Contains("Stalled work", StringComparison.Ordinal)).ToArray();
}
