using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.MyWork;

/// <summary>The morning digest on a clock the test moves, over Christmas 2026: Fri 25 and Mon 28 December are bank holidays.</summary>
public sealed class MorningDigestTests(AzuriteFixture azurite) : MyWorkTest(azurite)
{
    // Thursday 24 December 2026, 10:00 in London (GMT).
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.Zero));

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
    }

    private TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    private ConnectorRequest[] DigestsTo(Person person) => [.. Posts().Where(p => p.Method == "POST"
        && p.Path.Contains($"a:personal-{person.AadObjectId}", StringComparison.Ordinal)
        && (p.Body?.ToJsonString() ?? "").Contains("Good morning", StringComparison.Ordinal))];

    /// <summary>Moves the clock to <paramref name="at"/> (UTC) and sweeps; waits for <paramref name="expected"/> digests to <paramref name="person"/>.</summary>
    private async Task<ConnectorRequest[]> AtAsync(DateTimeOffset at, Person person, int expected)
    {
        clock.Advance(at - clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        var deadline = DateTime.UtcNow.AddSeconds(expected > 0 ? 10 : 0.5);
        while (DigestsTo(person).Length < expected && DateTime.UtcNow < deadline) await Task.Delay(20);
        await Sweeper.SweepOnceAsync(default);
        return DigestsTo(person);
    }

    [Fact]
    public async Task The_digest_skips_the_bank_holiday_weekend_comes_on_the_next_working_day_at_eight_and_stop_holds_at_once()
    {
        await ReferWithCscWorkerAsync("CR-8201");
        // Both open their personal chat: the CSC worker has the referral due, the school's DSL has nothing due.
        Assert.Contains("CR-8201 (A.B.)", (await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8201"))).ToJsonString());
        await MyWorkAsync(TestPeople.Dsl);
        Connector.ClearRequests();

        Assert.Empty(await AtAsync(new DateTimeOffset(2026, 12, 25, 8, 5, 0, TimeSpan.Zero), TestPeople.SocialWorker, 0));
        Assert.Empty(await AtAsync(new DateTimeOffset(2026, 12, 26, 8, 5, 0, TimeSpan.Zero), TestPeople.SocialWorker, 0));
        Assert.Empty(await AtAsync(new DateTimeOffset(2026, 12, 28, 8, 5, 0, TimeSpan.Zero), TestPeople.SocialWorker, 0));
        Assert.Empty(await AtAsync(new DateTimeOffset(2026, 12, 29, 7, 55, 0, TimeSpan.Zero), TestPeople.SocialWorker, 0));

        var digest = Assert.Single(await AtAsync(new DateTimeOffset(2026, 12, 29, 8, 1, 0, TimeSpan.Zero), TestPeople.SocialWorker, 1));
        var text = digest.Body!.ToJsonString();
        Assert.Contains("CR-8201 (A.B.)", text);
        Assert.Contains("Due today", text);
        Assert.DoesNotContain(WhatHappened, text);
        // Nothing due for the DSL: nothing sent.
        Assert.Empty(DigestsTo(TestPeople.Dsl));

        // Sweeping again the same morning sends nothing more.
        Assert.Single(await AtAsync(new DateTimeOffset(2026, 12, 29, 9, 0, 0, TimeSpan.Zero), TestPeople.SocialWorker, 1));

        var stopped = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "mywork.digest", new { change = "stop" }));
        Assert.Contains("Stopped: no more morning digests", CardText(stopped["value"]));
        Assert.Contains("Morning digest: off", CardText(stopped["value"]));

        // The referral is overdue on Wednesday, but the digest was stopped.
        Assert.Single(await AtAsync(new DateTimeOffset(2026, 12, 30, 8, 5, 0, TimeSpan.Zero), TestPeople.SocialWorker, 2));
    }

    [Fact]
    public async Task A_new_time_moves_the_digest_and_a_time_out_of_hours_is_refused_with_nothing_changed()
    {
        await ReferWithCscWorkerAsync("CR-8202");
        await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8202"));

        var refused = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "mywork.digest", new { change = "time", digestTime = "03:00" }));
        Assert.Contains("Choose a time between 06:00 and 20:00", CardText(refused["value"]));

        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.SocialWorker, "digest 07:30"))) { }
        Assert.Contains("now comes at 07:30", CardText(Assert.Single(Posts()).Body));
        Connector.ClearRequests();

        // 07:31 on Tuesday 29 December (GMT): the 07:30 digest comes; the 08:00 one it replaced does not follow.
        Assert.Single(await AtAsync(new DateTimeOffset(2026, 12, 29, 7, 31, 0, TimeSpan.Zero), TestPeople.SocialWorker, 1));
        Assert.Single(await AtAsync(new DateTimeOffset(2026, 12, 29, 8, 5, 0, TimeSpan.Zero), TestPeople.SocialWorker, 1));
    }
}
