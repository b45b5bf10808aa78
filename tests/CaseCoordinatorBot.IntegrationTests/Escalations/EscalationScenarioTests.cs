using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>One escalation through all four default stages over Christmas 2026, nobody answering, the raiser moving it on when prompted.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class EscalationScenarioTests(AzuriteFixture azurite) : EscalationTest(azurite)
{
    private TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    // The test sweeps by hand: the background sweep, ticking on the moved clock, would race it for the posts (and
    // tick thousands of times a simulated day). 45 days outlasts the scenario and stays within PeriodicTimer's limit.
    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.PostConfigure<SchedulingOptions>(o => o.SweepInterval = TimeSpan.FromDays(45));
    }

    [Fact]
    public async Task Nudges_land_on_the_expected_working_days_across_the_christmas_bank_holidays()
    {
        await SetUpCaseAsync("CR-6610");
        var escalation = await RaiseAsync("CR-6610"); // Wed 23 Dec 2026, 10:00
        var nudges = new List<(DateOnly Day, int Stage, string Text)>();
        var ownerNudges = new List<(DateOnly Day, int Stage, string Text)>(); // beside the owner's copy, in a personal chat

        // Every day at 17:30 (GMT all winter, so UTC), sweep; when the raiser is prompted, they escalate at once.
        for (var day = new DateOnly(2026, 12, 23); day <= new DateOnly(2027, 2, 5); day = day.AddDays(1))
        {
            Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(17, 30)), TimeSpan.Zero));
            await Sweeper.SweepOnceAsync(default);
            await Sweeper.SweepOnceAsync(default);
            var texts = Posts().Where(p => p.Method == "POST" && (p.Body?["text"]?.ToString() ?? "").StartsWith("Escalation for CR-6610", StringComparison.Ordinal))
                .Select(p => (InChannel: p.Path.Contains(CaseChannel, StringComparison.Ordinal), Text: p.Body!["text"]!.ToString())).ToArray();
            var posted = texts.Where(t => t.InChannel).Select(t => t.Text).ToArray();
            Connector.ClearRequests();
            var current = await ReloadAsync(escalation);
            foreach (var text in posted)
                nudges.Add((day, current.Stage, text));
            foreach (var (_, text) in texts.Where(t => !t.InChannel))
                ownerNudges.Add((day, current.Stage, text));
            if (posted.Any(t => t.Contains("you can escalate to stage", StringComparison.Ordinal)))
                await ActAsync(current, TestPeople.Dsl, "escalation.next", new { nextReason = "" });
        }

        DateOnly D(int y, int m, int d) => new(y, m, d);
        Assert.Equal(
        [
            (D(2026, 12, 29), 1), (D(2026, 12, 30), 1), (D(2026, 12, 31), 1),  // 25 and 28 Dec are bank holidays
            (D(2027, 1, 6), 2), (D(2027, 1, 7), 2), (D(2027, 1, 8), 2),        // 1 Jan is a bank holiday
            (D(2027, 1, 15), 3), (D(2027, 1, 19), 3), (D(2027, 1, 21), 3),     // 5 days, then 2-day grace periods
            (D(2027, 1, 28), 4), (D(2027, 2, 1), 4), (D(2027, 2, 3), 4),
        ], nudges.Select(n => (n.Day, n.Stage)));
        // The owner is nudged where their copy is on the due and reminder days (the third step prompts the raiser).
        Assert.Equal(
        [
            (D(2026, 12, 29), 1), (D(2026, 12, 30), 1),
            (D(2027, 1, 6), 2), (D(2027, 1, 7), 2),
            (D(2027, 1, 15), 3), (D(2027, 1, 19), 3),
            (D(2027, 1, 28), 4), (D(2027, 2, 1), 4),
        ], ownerNudges.Select(n => (n.Day, n.Stage)));
        Assert.All(ownerNudges, n =>
        {
            Assert.StartsWith("Escalation for CR-6610 (A.B.)", n.Text);
            Assert.DoesNotContain("Dana Shah", n.Text);
            Assert.DoesNotContain("disclosed twice", n.Text);
        });
        Assert.All(nudges.Where(n => n.Stage == 1).Take(2), n => Assert.Contains("social worker", n.Text));
        Assert.All(nudges.Take(2), n => Assert.Contains("nudged them in a personal chat", n.Text));
        Assert.Contains("contact the safeguarding partnership", nudges[^1].Text);
        Assert.All(nudges, n =>
        {
            Assert.Contains("CR-6610 (A.B.)", n.Text);
            Assert.Contains("Dana Shah", n.Text); // the raiser is told
            Assert.Contains("immediate risk", n.Text);
            Assert.DoesNotContain("disclosed twice", n.Text);
        });
        var final = await ReloadAsync(escalation);
        Assert.Equal(4, final.Stage);
        Assert.Equal(EscalationStatus.AwaitingOwner, final.Status);
    }

    [Fact]
    public async Task A_stage_answered_in_time_is_never_nudged()
    {
        await SetUpCaseAsync("CR-6611");
        var escalation = await RaiseAsync("CR-6611");
        await ActAsync(escalation, TestPeople.SocialWorker, "escalation.respond", new { outcome = "agreed", reason = OwnerReason });
        Connector.ClearRequests();

        Clock.SetUtcNow(new DateTimeOffset(2027, 1, 20, 12, 0, 0, TimeSpan.Zero));
        await Sweeper.SweepOnceAsync(default);

        // Other features post on this clock too (the weekly "anything new?" prompt); no escalation nudge may.
        Assert.DoesNotContain(Posts(), p => (p.Body?["text"]?.ToString() ?? "").StartsWith("Escalation for CR-6611", StringComparison.Ordinal)
            || CardText(p.Body).Contains("Escalation for CR-6611"));
    }

    [Fact]
    public async Task Stage_timer_ids_are_stable_so_a_repeated_start_schedules_nothing_new()
    {
        await SetUpCaseAsync("CR-6612");
        var escalation = await RaiseAsync("CR-6612");
        var scheduler = Bot.Services.GetRequiredService<ITimerScheduler>();

        var again = await scheduler.ScheduleAsync(new TimerRequest(EscalationChanges.TimerId(escalation.Id, 1, StageStep.Due),
            EscalationStageDue.Kind, escalation.DueAt), default);

        Assert.False(again);
        Assert.NotEqual(EscalationChanges.TimerId(escalation.Id, 1, StageStep.Due), EscalationChanges.TimerId(escalation.Id, 1, StageStep.Remind));
        Assert.NotEqual(EscalationChanges.TimerId(escalation.Id, 1, StageStep.Due), EscalationChanges.TimerId(escalation.Id, 2, StageStep.Due));
    }
}
