using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Scheduling;

/// <summary>Several bot instances against one storage account: each timer's effect happens once.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class TimerConcurrencyTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Three_instances_sweeping_at_once_fire_each_of_300_timers_due_in_one_minute_exactly_once()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var clock = new FakeTimeProvider(Start);
        var effects = new TimerEffects();
        var instances = Enumerable.Range(1, 3)
            .Select(i => TimerInstance.Create(storage, clock, effects, $"bot-{i}")).ToArray();
        var ids = Enumerable.Range(0, 300).Select(i => $"escalation/e{i}/stage1").ToArray();
        // Scheduled from all three instances, seconds apart within the same minute; every tenth id twice, at once.
        await Parallel.ForEachAsync(ids.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (timer, ct) =>
            {
                var request = new TimerRequest(timer.id, RecordingHandler.Kind, Start.AddMinutes(1).AddSeconds(timer.i % 60));
                await Task.WhenAll(timer.i % 10 == 0
                    ? [instances[timer.i % 3].Scheduler.ScheduleAsync(request, ct), instances[(timer.i + 1) % 3].Scheduler.ScheduleAsync(request, ct)]
                    : [instances[timer.i % 3].Scheduler.ScheduleAsync(request, ct)]);
            });
        clock.Advance(TimeSpan.FromMinutes(2));

        var results = await Task.WhenAll(instances.Select(b => Task.Run(() => b.Sweeper.SweepOnceAsync(Ct))));
        var afterwards = await Task.WhenAll(instances.Select(b => b.Sweeper.SweepOnceAsync(Ct)));

        Assert.Equal(300, results.Sum(r => r.Fired));
        Assert.Equal(ids.Order(), effects.Effects.Keys.Order());
        Assert.All(effects.Effects, e => Assert.Equal(1, e.Value));
        Assert.All(afterwards, r => Assert.Equal(0, r.Listed));
        foreach (var instance in instances)
            await instance.DisposeAsync();
        await TimerInstance.DeleteContainerAsync(storage);
    }

    [Fact]
    public async Task A_timer_claimed_by_an_instance_that_died_fires_once_on_another_after_the_claim_expires()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var clock = new FakeTimeProvider(Start);
        var effects = new TimerEffects();
        await using var survivor = TimerInstance.Create(storage, clock, effects, "survivor");
        await survivor.Scheduler.ScheduleAsync(new TimerRequest("nudge/e7", HangingOnceHandler.Kind, Start), Ct);

        // The doomed instance claims the timer and is stopped in the middle of its handler.
        var doomed = TimerInstance.Create(storage, clock, effects, "doomed");
        using var death = new CancellationTokenSource();
        var sweep = doomed.Sweeper.SweepOnceAsync(death.Token);
        await effects.HangStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await death.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sweep);
        await doomed.DisposeAsync();

        // Its claim (five minutes) still stands: nobody else fires the timer yet.
        clock.Advance(TimeSpan.FromMinutes(4));
        var held = await survivor.Sweeper.SweepOnceAsync(Ct);
        Assert.Equal((1, 0, 1), (held.Listed, held.Fired, held.Skipped));

        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await survivor.Sweeper.SweepOnceAsync(Ct)).Fired);
        Assert.Equal(0, (await survivor.Sweeper.SweepOnceAsync(Ct)).Listed);
        Assert.Equal(1, effects.Effects["nudge/e7"]);
        Assert.Equal(2, Assert.Single(effects.Fired).Attempt);
        await TimerInstance.DeleteContainerAsync(storage);
    }

    [Fact]
    public async Task A_timer_whose_handler_finished_as_its_instance_was_stopping_is_recorded_and_never_fired_again()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var clock = new FakeTimeProvider(Start);
        var effects = new TimerEffects();
        await using var stopping = TimerInstance.Create(storage, clock, effects, "stopping");
        await using var other = TimerInstance.Create(storage, clock, effects, "other");
        await stopping.Scheduler.ScheduleAsync(new TimerRequest("nudge/e8", StopAfterEffectHandler.Kind, Start), Ct);
        using var stop = new CancellationTokenSource();
        effects.StopSweep = stop;

        try
        {
            await stopping.Sweeper.SweepOnceAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Whether the stopped sweep reports its cancellation is not the point; what it recorded is.
        }

        clock.Advance(TimeSpan.FromMinutes(6)); // past the claim the stopped instance took
        var after = await other.Sweeper.SweepOnceAsync(Ct);
        Assert.Equal((0, 0), (after.Listed, after.Fired));
        Assert.Equal(1, effects.Effects["nudge/e8"]);
        await TimerInstance.DeleteContainerAsync(storage);
    }

    [Fact]
    public async Task Hosted_sweeper_fires_due_timers_at_start_and_then_every_interval()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var clock = new FakeTimeProvider(Start);
        var effects = new TimerEffects();
        await using var bot = TimerInstance.Create(storage, clock, effects, "hosted");
        await bot.Scheduler.ScheduleAsync(new TimerRequest("already-due", RecordingHandler.Kind, Start), Ct);
        await bot.Scheduler.ScheduleAsync(new TimerRequest("next", RecordingHandler.Kind, Start.AddSeconds(30)), Ct);

        await bot.Sweeper.StartAsync(Ct);
        await UntilAsync(() => effects.Effects.ContainsKey("already-due"));
        Assert.False(effects.Effects.ContainsKey("next"));
        clock.Advance(TimeSpan.FromSeconds(30));
        await UntilAsync(() => effects.Effects.ContainsKey("next"));
        await bot.Sweeper.StopAsync(Ct);
        await TimerInstance.DeleteContainerAsync(storage);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 10 s.");
            await Task.Delay(20, Ct);
        }
    }
}
