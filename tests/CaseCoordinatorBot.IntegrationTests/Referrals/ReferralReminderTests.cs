using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

/// <summary>Referral deadlines as durable timers, on a clock the test moves.</summary>
public sealed class ReferralReminderTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.RemoveAll<IReferralReminders>();
        services.AddSingleton<IReferralReminders, TimerReferralReminders>();
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
    }

    private TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    [Fact]
    public async Task An_unacknowledged_referral_reminds_the_desk_once_when_due_and_the_school_card_says_overdue()
    {
        var referral = await ReferAsync("CR-6701");
        await Sweeper.SweepOnceAsync(default);
        Assert.Empty(Posts());

        clock.Advance(referral.AcknowledgeDue - clock.GetUtcNow() + TimeSpan.FromMinutes(2));
        await Sweeper.SweepOnceAsync(default);
        await Sweeper.SweepOnceAsync(default);
        // The hosted sweep loop wakes on the moved clock too and may be the one firing: wait for the effect.
        var nudges = await NudgesAsync("CR-6701", 2);

        Assert.Single(nudges, n => n.Body!["text"]!.ToString().Contains("acknowledging"));
        Assert.Contains(Posts(), p => p.Method == "PUT" && p.Path == SchoolCardPath(referral));
        Assert.Contains("overdue", SchoolCardNow(referral), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(WhatHappened, string.Join('\n', nudges.Select(n => n.Body!.ToJsonString())));
    }

    /// <summary>The reminders posted for the case, once <paramref name="expected"/> have arrived or 10 s have passed.</summary>
    private async Task<Testing.Connector.ConnectorRequest[]> NudgesAsync(string caseRef, int expected)
    {
        Testing.Connector.ConnectorRequest[] Read() => Posts().Where(p => p.Method == "POST"
            && (p.Body?["text"]?.ToString() ?? "").StartsWith($"Reminder for {caseRef}", StringComparison.Ordinal)).ToArray();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Read().Length < expected && DateTime.UtcNow < deadline) await Task.Delay(20);
        return Read();
    }

    [Fact]
    public async Task A_step_done_in_time_is_not_reminded()
    {
        var referral = await ReferAsync("CR-6702");
        await AcknowledgeAsync(referral);
        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice);
        Connector.ClearRequests();

        clock.Advance(TimeSpan.FromDays(10));
        await Sweeper.SweepOnceAsync(default);

        // Other features post on this clock too (the weekly "anything new?" prompt); no referral reminder may.
        Assert.DoesNotContain(Posts(), p => (p.Body?["text"]?.ToString() ?? "").StartsWith("Reminder for CR-6702", StringComparison.Ordinal));
        Assert.DoesNotContain(Posts(), p => p.Method == "PUT");
    }
}
