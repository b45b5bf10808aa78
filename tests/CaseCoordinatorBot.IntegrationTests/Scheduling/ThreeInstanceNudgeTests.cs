using System.Text.Json;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Auth;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Scheduling;

/// <summary>
/// The quality bar: three bot instances against one Azurite, 1,000 timers due in the same minute, each nudge sent
/// exactly once as counted at the fake connector, and still exactly once when one instance dies mid-sweep.
/// </summary>
/// <remarks>
/// Why three in-process hosts prove it for three processes: each <see cref="BotHost"/> is the whole bot (its own DI
/// container, storage clients, connector client and <see cref="TimerSweeper"/>) and they share nothing but the
/// Azurite container, the fake connector and the test's clock. The scheduler's exactly-once rests on blob ETags
/// (a claim is an If-Match rewrite of the timer; "fired" is an If-Match rewrite of its index entry), which Azurite
/// arbitrates over HTTP whoever sends the requests, so the instances race exactly as processes would.
/// <para>
/// The death is real for what the others can see: the dying instance's sweep is cancelled while it holds claims on
/// timers it has not fired, then the host is disposed. It is made to die at a known point: the connector holds every
/// request from some moment on, so that each instance's workers (8) stop inside a nudge POST that has not taken
/// effect, and only then is the instance stopped; its held POSTs are dropped, unrecorded, as a connector that never
/// got them. What this cannot cover, and no scheduler can, is death after the connector accepted a POST and before
/// the instance recorded it: that timer is fired again after its claim expires (at least once, per ITimerHandler).
/// </para>
/// </remarks>
[Collection(AzuriteFixture.Collection)]
public sealed class ThreeInstanceNudgeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Timers = 1_000;
    private const int Workers = 8;
    private const string Conversation = "19:timer-nudges@thread.tacv2";
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    private readonly FakeTimeProvider clock = new(Start);
    private readonly string container = AzuriteFixture.NewContainerName("timers");
    private TestTokenIssuer issuer = null!;
    private FakeConnectorServer connector = null!;
    private BotHost[] hosts = [];

    public async Task InitializeAsync()
    {
        issuer = await TestTokenIssuer.StartAsync();
        connector = await FakeConnectorServer.StartAsync();
        hosts = [.. Enumerable.Range(1, 3).Select(NewHost)];
        foreach (var host in hosts)
            _ = host.Server; // start now: start-up failures surface here, and each host's first sweep finds nothing due
    }

    public async Task DisposeAsync()
    {
        foreach (var host in hosts)
            await host.DisposeAsync();
        await connector.DisposeAsync();
        await issuer.DisposeAsync();
        await new Azure.Storage.Blobs.BlobServiceClient(azurite.Server.ConnectionString)
            .GetBlobContainerClient(container).DeleteIfExistsAsync();
    }

    [Fact]
    public async Task Three_instances_send_each_of_1000_nudges_due_in_one_minute_exactly_once_though_one_dies_mid_sweep()
    {
        await ScheduleAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        using var death = new CancellationTokenSource();
        var victim = hosts[1];
        var survivors = new[] { hosts[0], hosts[2] };

        var dying = Task.Run(() => Sweeper(victim).SweepOnceAsync(death.Token));
        var sweeps = survivors.Select(h => Task.Run(() => Sweeper(h).SweepOnceAsync(CancellationToken.None))).ToArray();

        // Mid-sweep: a third of the nudges out, every instance busy with the rest.
        await connector.WaitForRequestsAsync(Timers / 3, TimeSpan.FromSeconds(40));
        connector.HoldRequests();
        await connector.WaitForHeldAsync(3 * Workers, TimeSpan.FromSeconds(20));
        await death.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);
        await connector.WaitForDroppedAsync(Workers, TimeSpan.FromSeconds(10));
        await victim.DisposeAsync();
        connector.ReleaseHeld();
        var first = await Task.WhenAll(sweeps);

        // The dead instance had fired some timers, and its claims on the ones it was sending keep them for now.
        var firedByVictim = victim.Logs.Records.Count(r => r.EventId == 8004);
        Assert.InRange(firedByVictim, 1, Timers - Workers);
        Assert.Equal(Timers - Workers, firedByVictim + first.Sum(r => r.Fired));
        AssertEachAtMostOnce(Timers - Workers);

        // Once the claims expire, the survivors fire the rest, once.
        clock.Advance(ClaimDuration + TimeSpan.FromSeconds(1));
        var takeOver = await Task.WhenAll(survivors.Select(h => Task.Run(() => Sweeper(h).SweepOnceAsync(CancellationToken.None))));
        Assert.Equal(Workers, takeOver.Sum(r => r.Fired));
        var nudged = AssertEachAtMostOnce(Timers);
        Assert.Equal(Enumerable.Range(0, Timers).Select(TimerId).Order(StringComparer.Ordinal), nudged.Order(StringComparer.Ordinal));

        var after = await Task.WhenAll(survivors.Select(h => Sweeper(h).SweepOnceAsync(CancellationToken.None)));
        Assert.All(after, r => Assert.Equal(0, r.Listed));
        Assert.Equal(Timers, connector.Requests.Count);
    }

    private BotHost NewHost(int n) => new(azurite.Server, issuer, connector, container,
        services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            services.AddTimerHandler<TestNudgeDue>();
        },
        new Dictionary<string, string>
        {
            ["Scheduling:InstanceId"] = $"bot-{n}",
            ["Scheduling:MaxConcurrency"] = Workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Scheduling:ClaimDuration"] = ClaimDuration.ToString(),
            ["Scheduling:HandlerTimeout"] = "00:02:00",
            // The hosted loop sweeps once at start (nothing is due then) and not again within the test: the test
            // runs each instance's sweeps itself, so that it can stop one of them mid-way.
            ["Scheduling:SweepInterval"] = "1.00:00:00",
        });

    private static TimerSweeper Sweeper(BotHost host) => host.Services.GetRequiredService<TimerSweeper>();

    private static string TimerId(int i) => $"test-nudge/{i:D4}";

    /// <summary>Scheduled from all three instances, spread over the seconds of one minute.</summary>
    private async Task ScheduleAsync()
    {
        var payload = JsonSerializer.SerializeToElement(new TestNudge(connector.ServiceUrl, Conversation), StorageJson.Options);
        var schedulers = hosts.Select(h => h.Services.GetRequiredService<ITimerScheduler>()).ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, Timers), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => Assert.True(await schedulers[i % 3].ScheduleAsync(
                new TimerRequest(TimerId(i), TestNudgeDue.Kind, Start.AddMinutes(1).AddSeconds(i % 60), payload), ct)));
    }

    /// <summary>The timers nudged so far, failing if any was nudged twice or anything else was posted.</summary>
    private string[] AssertEachAtMostOnce(int expected)
    {
        var requests = connector.Requests;
        Assert.All(requests, r => Assert.Equal(("POST", $"/v3/conversations/{Conversation}/activities"), (r.Method, r.Path)));
        var nudged = requests.Select(r => r.Body!["text"]!.GetValue<string>()[TestNudgeDue.TextPrefix.Length..]).ToArray();
        var twice = nudged.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(twice.Length == 0, $"Nudged more than once: {string.Join(", ", twice)}");
        Assert.Equal(expected, nudged.Length);
        return nudged;
    }
}
