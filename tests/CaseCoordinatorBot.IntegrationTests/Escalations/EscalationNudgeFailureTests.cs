using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>
/// A stage's nudge (a timer-driven POST in the case channel) whose connector call fails: retried with Retry-After
/// honoured, and never posted twice. Times are on the bot's fake clock, which also stamps the connector's requests.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class EscalationNudgeFailureTests(AzuriteFixture azurite) : EscalationTest(azurite)
{
    // Stage 1 raised on Wed 23 Dec 2026 is due at close of business on Tue 29 Dec (25 and 28 Dec are bank holidays).
    private static readonly DateTimeOffset DueDay = new(2026, 12, 29, 17, 30, 0, TimeSpan.Zero);

    private TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        // The test sweeps by hand (see EscalationScenarioTests).
        services.PostConfigure<SchedulingOptions>(o => o.SweepInterval = TimeSpan.FromDays(45));
    }

    [Fact]
    public async Task A_nudge_answered_429_is_posted_once_and_not_before_its_Retry_After()
    {
        await RaiseOnAsync("CR-6620");
        Connector.AddFault(ConnectorFault.TooManyRequests(TimeSpan.FromSeconds(20)), times: 1, method: "POST", pathContains: CaseChannel);

        Clock.SetUtcNow(DueDay);
        var sweep = Task.Run(() => Sweeper.SweepOnceAsync(default));
        var throttled = Assert.Single(await NudgesAsync("CR-6620", 1));
        // A second at a time: the client starts its wait on the bot's clock only once the 429 has reached it, a moment
        // after the connector recorded it. The requests are stamped on the same clock, so the gap is what it waited.
        var nudges = new[] { throttled };
        for (var second = 0; second < 90 && nudges.Length < 2; second++)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            nudges = await NudgesAsync("CR-6620", 2, TimeSpan.FromMilliseconds(50));
        }
        var result = await sweep.WaitAsync(TimeSpan.FromSeconds(10));

        nudges = await NudgesAsync("CR-6620", 2);
        Assert.Equal(2, nudges.Length);
        Assert.True(nudges[1].ReceivedAt - throttled.ReceivedAt >= TimeSpan.FromSeconds(20),
            $"Retried {nudges[1].ReceivedAt - throttled.ReceivedAt} after a Retry-After of 20 s.");
        Assert.Equal(0, result.Retried + result.Parked);
        await AssertNudgedOnceMoreAsync("CR-6620", nudges.Length);
    }

    [Fact]
    public async Task A_nudge_answered_503_is_posted_once_by_the_timer_retry_after_its_Retry_After()
    {
        var escalation = await RaiseOnAsync("CR-6621");
        Connector.AddFault(ConnectorFault.ServiceUnavailable(TimeSpan.FromSeconds(30)), times: 1, method: "POST", pathContains: CaseChannel);

        Clock.SetUtcNow(DueDay);
        var first = await Sweeper.SweepOnceAsync(default);
        Assert.Equal(1, first.Retried); // the client does not repeat a POST on 503: the timer does
        Clock.Advance(TimeSpan.FromSeconds(30));
        await Sweeper.SweepOnceAsync(default);
        Clock.Advance(TimeSpan.FromSeconds(31));
        await Sweeper.SweepOnceAsync(default);

        var nudges = await NudgesAsync("CR-6621", 2);
        Assert.Equal(2, nudges.Length); // the refused one, then the one that landed
        Assert.True(nudges[1].ReceivedAt - nudges[0].ReceivedAt >= TimeSpan.FromSeconds(30));
        Assert.Single((await ReloadAsync(escalation)).History, h => h.Key == EscalationTransitions.StepKey(1, nameof(StageStep.Due)));
        await AssertNudgedOnceMoreAsync("CR-6621", nudges.Length);
    }

    [Fact]
    public async Task A_nudge_throttled_for_longer_than_the_client_waits_is_posted_once_by_the_timer_no_sooner_than_its_Retry_After()
    {
        var escalation = await RaiseOnAsync("CR-6623");
        // Ten minutes: far more than the connector client waits itself (30 s), and more than the timer's own back-off (1 min).
        Connector.AddFault(ConnectorFault.TooManyRequests(TimeSpan.FromMinutes(10)), times: 1, method: "POST", pathContains: CaseChannel);

        Clock.SetUtcNow(DueDay);
        Assert.Equal(1, (await Sweeper.SweepOnceAsync(default)).Retried);
        Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await Sweeper.SweepOnceAsync(default)).Fired);
        Assert.Single(await NudgesAsync("CR-6623", 2, TimeSpan.FromMilliseconds(300)));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await Sweeper.SweepOnceAsync(default)).Fired);

        var nudges = await NudgesAsync("CR-6623", 2);
        Assert.Equal(2, nudges.Length); // the refused one, then the one that landed
        Assert.True(nudges[1].ReceivedAt - nudges[0].ReceivedAt >= TimeSpan.FromMinutes(10),
            $"Retried {nudges[1].ReceivedAt - nudges[0].ReceivedAt} after a Retry-After of 10 minutes.");
        Assert.Single((await ReloadAsync(escalation)).History, h => h.Key == EscalationTransitions.StepKey(1, nameof(StageStep.Due)));
        await AssertNudgedOnceMoreAsync("CR-6623", nudges.Length);
    }

    [Fact]
    public async Task A_nudge_whose_post_timed_out_is_never_posted_again()
    {
        await RaiseOnAsync("CR-6622");
        // The connector takes the message and answers too late: the bot cannot know that it was posted.
        Connector.AddFault(ConnectorFault.Slow(TimeSpan.FromSeconds(30)), times: 1, method: "POST", pathContains: CaseChannel);

        Clock.SetUtcNow(DueDay);
        var sweep = Task.Run(() => Sweeper.SweepOnceAsync(default));
        Assert.Single(await NudgesAsync("CR-6622", 1));
        Clock.Advance(TimeSpan.FromSeconds(10)); // the connector client's timeout for one attempt
        var result = await sweep.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, result.Parked);
        var parked = Assert.Single(Bot.Logs.Records, r => r.EventId == 8006);
        Assert.Contains("ConnectorException:Timeout", parked.Message);
        Clock.Advance(TimeSpan.FromHours(2));
        await Sweeper.SweepOnceAsync(default);
        Assert.Single(await NudgesAsync("CR-6622", 2, TimeSpan.FromMilliseconds(300)));
    }

    private async Task<Escalation> RaiseOnAsync(string caseRef)
    {
        await SetUpCaseAsync(caseRef);
        var escalation = await RaiseAsync(caseRef);
        Connector.StampWith(Clock);
        return escalation;
    }

    /// <summary>Nothing more for stage 1's due step: the next sweeps, hours later, post no second "due now" nudge.</summary>
    private async Task AssertNudgedOnceMoreAsync(string caseRef, int requestsSoFar)
    {
        Clock.Advance(TimeSpan.FromHours(2));
        await Sweeper.SweepOnceAsync(default);
        var nudges = await NudgesAsync(caseRef, requestsSoFar + 1, TimeSpan.FromMilliseconds(300));
        Assert.Equal(requestsSoFar, nudges.Length);
        Assert.Single(nudges, n => n.Body!["text"]!.ToString().Contains("is due now", StringComparison.Ordinal)
            && n.ReceivedAt == nudges[^1].ReceivedAt);
    }

    /// <summary>The stage nudges sent for the case in its channel (POSTs, whatever the answer), once <paramref name="expected"/> have arrived or the wait is over.</summary>
    private async Task<ConnectorRequest[]> NudgesAsync(string caseRef, int expected, TimeSpan? wait = null)
    {
        ConnectorRequest[] Read() => Connector.Requests.Where(p => p.Method == "POST" && p.Path.Contains(CaseChannel, StringComparison.Ordinal)
            && (p.Body?["text"]?.ToString() ?? "").StartsWith($"Escalation for {caseRef}", StringComparison.Ordinal)).ToArray();
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        while (Read().Length < expected && DateTime.UtcNow < deadline) await Task.Delay(20);
        return Read();
    }
}
