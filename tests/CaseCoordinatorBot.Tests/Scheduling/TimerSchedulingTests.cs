using System.Text.Json;
using Azure.Storage.Blobs;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Scheduling;

[Collection(AzuriteFixture.Collection)]
public sealed class TimerSchedulingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => CancellationToken.None;

    private readonly FakeTimeProvider clock = new(Start);
    private readonly TimerEffects effects = new();
    private TestStorage storage = null!;
    private TimerInstance bot = null!;

    public async Task InitializeAsync()
    {
        storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        bot = TimerInstance.Create(storage, clock, effects, "bot-1");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await TimerInstance.DeleteContainerAsync(storage);
    }

    private static TimerRequest Record(string id, DateTimeOffset dueAt, object? payload = null) =>
        new(id, RecordingHandler.Kind, dueAt, payload is null ? null : JsonSerializer.SerializeToElement(payload));

    [Fact]
    public async Task Scheduling_the_same_id_twice_keeps_one_timer()
    {
        Assert.True(await bot.Scheduler.ScheduleAsync(Record("referral/r1/due", Start.AddMinutes(1)), Ct));
        Assert.False(await bot.Scheduler.ScheduleAsync(Record("referral/r1/due", Start.AddMinutes(2)), Ct));
        Assert.Equal(1, await PendingCountAsync());

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, (await bot.Sweeper.SweepOnceAsync(Ct)).Fired);
        Assert.Equal(0, (await bot.Sweeper.SweepOnceAsync(Ct)).Fired);
        Assert.Equal(1, effects.Effects["referral/r1/due"]);
        // The first request won: it fired at its own due time.
        Assert.Equal(Start.AddMinutes(1), Assert.Single(effects.Fired).DueAt);
    }

    [Fact]
    public async Task Due_timer_fires_once_with_its_id_kind_and_payload()
    {
        await bot.Scheduler.ScheduleAsync(Record("nudge/e1/stage1", Start.AddMinutes(1), new { caseRef = "C-1" }), Ct);
        clock.Advance(TimeSpan.FromMinutes(1));

        var first = await bot.Sweeper.SweepOnceAsync(Ct);
        var second = await bot.Sweeper.SweepOnceAsync(Ct);

        Assert.Equal((1, 1), (first.Listed, first.Fired));
        Assert.Equal((0, 0), (second.Listed, second.Fired));
        var fired = Assert.Single(effects.Fired);
        Assert.Equal(("nudge/e1/stage1", RecordingHandler.Kind, 1), (fired.Id, fired.Kind, fired.Attempt));
        Assert.Equal("C-1", fired.PayloadAs<JsonElement>().GetProperty("caseRef").GetString());
        Assert.Equal(0, await PendingCountAsync());
    }

    [Fact]
    public async Task Timer_not_yet_due_does_not_fire_even_in_the_current_minute()
    {
        await bot.Scheduler.ScheduleAsync(Record("later", Start.AddSeconds(90)), Ct);

        clock.Advance(TimeSpan.FromSeconds(60)); // 09:01:00, the timer's own minute, but 30 s early
        var early = await bot.Sweeper.SweepOnceAsync(Ct);
        Assert.Equal((1, 0, 1), (early.Listed, early.Fired, early.Skipped));
        Assert.Empty(effects.Effects);

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, (await bot.Sweeper.SweepOnceAsync(Ct)).Fired);
    }

    [Fact]
    public async Task Sweep_reads_only_the_timers_that_are_due_not_the_future_ones()
    {
        for (var i = 0; i < 60; i++)
            await bot.Scheduler.ScheduleAsync(Record($"future-{i}", Start.AddDays(1 + i)), Ct);
        for (var i = 0; i < 5; i++)
            await bot.Scheduler.ScheduleAsync(Record($"due-{i}", Start.AddMinutes(-i)), Ct);

        var result = await bot.Sweeper.SweepOnceAsync(Ct);

        Assert.Equal((5, 5), (result.Listed, result.Fired));
        Assert.Equal(5, effects.Effects.Count);
    }

    [Fact]
    public async Task Timers_due_while_the_bot_was_down_fire_once_when_it_comes_back()
    {
        var before = TimerInstance.Create(storage, clock, effects, "bot-before");
        await before.Scheduler.ScheduleAsync(Record("a", Start.AddHours(1)), Ct);
        await before.Scheduler.ScheduleAsync(Record("b", Start.AddHours(20)), Ct);
        await before.Scheduler.ScheduleAsync(Record("c", Start.AddDays(2)), Ct);
        await before.Scheduler.ScheduleAsync(Record("d", Start.AddDays(10)), Ct);
        await before.DisposeAsync();

        clock.Advance(TimeSpan.FromDays(3)); // no instance running
        await using var restarted = TimerInstance.Create(storage, clock, effects, "bot-1-restarted");
        var caughtUp = await restarted.Sweeper.SweepOnceAsync(Ct);
        var again = await restarted.Sweeper.SweepOnceAsync(Ct);

        Assert.Equal(3, caughtUp.Fired);
        Assert.Equal(0, again.Fired);
        Assert.Equal(["a", "b", "c"], effects.Effects.Keys.Order());
        Assert.All(effects.Effects.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task Cancelled_timer_does_not_fire_and_its_id_can_be_scheduled_again()
    {
        await bot.Scheduler.ScheduleAsync(Record("review/c1", Start.AddMinutes(5)), Ct);

        Assert.True(await bot.Scheduler.CancelAsync("review/c1", Ct));
        Assert.False(await bot.Scheduler.CancelAsync("review/c1", Ct));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, (await bot.Sweeper.SweepOnceAsync(Ct)).Fired);
        Assert.Empty(effects.Effects);

        Assert.True(await bot.Scheduler.ScheduleAsync(Record("review/c1", clock.GetUtcNow()), Ct));
        Assert.Equal(1, (await bot.Sweeper.SweepOnceAsync(Ct)).Fired);
    }

    [Fact]
    public async Task A_fired_id_scheduled_again_does_not_fire_again_and_cannot_be_cancelled()
    {
        await bot.Scheduler.ScheduleAsync(Record("once", Start), Ct);
        await bot.Sweeper.SweepOnceAsync(Ct);

        Assert.False(await bot.Scheduler.ScheduleAsync(Record("once", Start.AddMinutes(1)), Ct));
        Assert.False(await bot.Scheduler.CancelAsync("once", Ct));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, (await bot.Sweeper.SweepOnceAsync(Ct)).Fired);
        Assert.Equal(1, effects.Effects["once"]);
    }

    [Fact]
    public async Task Failing_handler_is_retried_with_back_off_then_parked_and_logged_without_its_payload()
    {
        await using var strict = TimerInstance.Create(storage, clock, effects, "bot-strict", o =>
        {
            o.MaxAttempts = 3;
            o.FirstRetryDelay = TimeSpan.FromMinutes(1);
        });
        await strict.Scheduler.ScheduleAsync(new TimerRequest("stalled/e9", FailingHandler.Kind, Start,
            JsonSerializer.SerializeToElement(new { secret = "PAYLOAD-TEXT" })), Ct);

        Assert.Equal(1, (await strict.Sweeper.SweepOnceAsync(Ct)).Retried);
        Assert.Equal(1, (await strict.Sweeper.SweepOnceAsync(Ct)).Skipped);
        Assert.Equal(1, effects.Attempts["stalled/e9"]);
        clock.Advance(TimeSpan.FromSeconds(59)); // the first back-off is a minute
        Assert.Equal(1, (await strict.Sweeper.SweepOnceAsync(Ct)).Skipped);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await strict.Sweeper.SweepOnceAsync(Ct)).Retried);
        clock.Advance(TimeSpan.FromMinutes(1)); // the second back-off is two minutes
        Assert.Equal(1, (await strict.Sweeper.SweepOnceAsync(Ct)).Skipped);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await strict.Sweeper.SweepOnceAsync(Ct)).Parked);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await strict.Sweeper.SweepOnceAsync(Ct)).Listed);

        Assert.Equal(3, effects.Attempts["stalled/e9"]);
        Assert.NotNull(await storage.Documents.ReadAsync<TimerRecord>(TimerKeys.Failed("stalled/e9"), Ct));
        var parked = Assert.Single(strict.Logs.GetSnapshot(), r => r.Id.Name == "TimerParked");
        Assert.Contains("stalled/e9", parked.Message);
        Assert.Contains(FailingHandler.Kind, parked.Message);
        Assert.DoesNotContain(strict.Logs.GetSnapshot(), r => r.Message.Contains("PAYLOAD-TEXT")
            || (r.Exception?.ToString().Contains("PAYLOAD-TEXT") ?? false));
    }

    [Fact]
    public async Task Handler_running_past_its_timeout_is_cancelled_and_retried_later()
    {
        await bot.Scheduler.ScheduleAsync(new TimerRequest("slow", HangingOnceHandler.Kind, Start), Ct);

        var sweep = bot.Sweeper.SweepOnceAsync(Ct);
        await effects.HangStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        clock.Advance(TimeSpan.FromMinutes(2)); // the handler timeout
        Assert.Equal(1, (await sweep.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Retried);
        Assert.Empty(effects.Effects);

        clock.Advance(TimeSpan.FromMinutes(1)); // the first retry delay
        Assert.Equal(1, (await bot.Sweeper.SweepOnceAsync(Ct)).Fired);
        Assert.Equal(2, Assert.Single(effects.Fired).Attempt);
    }

    [Theory]
    [InlineData("", "test.record", 10)]
    [InlineData("x", "no.such.kind", 10)]
    [InlineData("x", "test.record", 5000)]
    public async Task Bad_requests_are_refused(string id, string kind, int payloadLength)
    {
        var request = new TimerRequest(id, kind, Start,
            JsonSerializer.SerializeToElement(new { ids = new string('a', payloadLength) }));
        await Assert.ThrowsAsync<ArgumentException>(() => bot.Scheduler.ScheduleAsync(request, Ct));
    }

    private async Task<int> PendingCountAsync()
    {
        var container = new BlobServiceClient(storage.Options.ConnectionString)
            .GetBlobContainerClient(storage.Options.Container);
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None,
                           Azure.Storage.Blobs.Models.BlobStates.None, TimerKeys.DuePrefix, Ct))
            count++;
        return count;
    }
}
