using System.Diagnostics;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.TimerBench;

/// <summary>
/// One storage account (fresh containers on the shared Azurite) holding one future timer per case, spread over
/// the next months, into which a round of due timers is scheduled and swept by one instance.
/// </summary>
internal sealed class SweepBench : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;
    private readonly TestStorage storage;
    private readonly ITimerScheduler scheduler;
    private readonly TimerSweeper sweeper;
    private int round;

    private SweepBench(ServiceProvider services, TestStorage storage)
    {
        this.services = services;
        this.storage = storage;
        scheduler = services.GetRequiredService<ITimerScheduler>();
        sweeper = services.GetRequiredService<TimerSweeper>();
    }

    public static async Task<SweepBench> CreateAsync(AzuriteServer azurite, CancellationToken cancellationToken)
    {
        var storage = await TestStorage.CreateAsync(azurite, cancellationToken: cancellationToken);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddSingleton(storage.Documents);
        services.AddSingleton(storage.Client);
        services.AddSingleton(Options.Create(storage.Options));
        services.AddScheduling();
        services.AddTimerHandler<CountingHandler>();
        return new SweepBench(services.BuildServiceProvider(), storage);
    }

    /// <summary>One future timer for each of <paramref name="cases"/> cases, due 1 day to ~4 months from now.</summary>
    public async Task AddCasesAsync(int cases, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, cases),
            new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = cancellationToken },
            async (i, ct) => await scheduler.ScheduleAsync(new TimerRequest($"case/{i}/review", CountingHandler.Kind,
                Now.AddDays(1).AddMinutes(i * 7 % (120 * 24 * 60))), ct));

    /// <summary>
    /// Schedules <paramref name="due"/> timers due in the last minutes, then times one sweep that fires them and
    /// counts its storage requests.
    /// </summary>
    public async Task<(TimeSpan Elapsed, long Requests, SweepResult Result)> SweepDueAsync(int due, CancellationToken cancellationToken)
    {
        var prefix = $"round{round++}";
        await Parallel.ForEachAsync(Enumerable.Range(0, due),
            new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = cancellationToken },
            async (i, ct) => await scheduler.ScheduleAsync(new TimerRequest($"{prefix}/nudge/{i}", CountingHandler.Kind,
                Now.AddSeconds(-(i % 300))), ct));
        var before = storage.Counter.Total;
        var watch = Stopwatch.StartNew();
        var result = await sweeper.SweepOnceAsync(cancellationToken);
        watch.Stop();
        var requests = storage.Counter.Total - before;
        if (result.Fired != due)
            throw new InvalidOperationException($"Expected {due} timers to fire, {result.Fired} did.");
        return (watch.Elapsed, requests, result);
    }

    /// <summary>
    /// The emulator's own latency for one small blob read at the current number of blobs, which Azurite's
    /// in-memory store makes grow with the number of blobs it holds (real Blob Storage does not).
    /// </summary>
    public async Task<TimeSpan> ProbeReadLatencyAsync(CancellationToken cancellationToken)
    {
        await storage.Documents.TryCreateAsync("bench/probe", new { probe = 1 }, cancellationToken);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
            await storage.Documents.ReadAsync<object>("bench/probe", cancellationToken);
        return watch.Elapsed / 20;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private sealed class CountingHandler : ITimerHandler
    {
        public static string Kind => "bench.count";

        public Task HandleAsync(TimerFired timer, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
