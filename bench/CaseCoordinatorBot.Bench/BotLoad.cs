using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Net.Http.Json;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.Bench;

/// <summary>One kind of activity the bench sends: how to make the n-th one.</summary>
public sealed record Scenario(string Name, Func<int, Activity> Create);

public sealed record LoadResult(string Scenario, int Concurrency, int Requests, int Failures, TimeSpan Elapsed,
    IReadOnlyList<double> LatenciesMs, long StorageRequests, int ConnectorRequests);

/// <summary>Drives the bot over HTTP with signed tokens at a fixed number of requests in flight.</summary>
public sealed class BotLoad(BotHost bot, FakeConnectorServer connector)
{
    private readonly HttpClient http = bot.CreateClient();
    private readonly string caseChannel = TestPeople.Channel("bench-case");
    private int run;

    public IReadOnlyList<Scenario> Scenarios => [
        new("message: help in a case channel", _ => bot.Activities.ChannelMessage(caseChannel, TestPeople.Nurse, "help")),
        new("invoke: link a new case channel", n => bot.Activities.Execute(NewChannel($"bench-{run}-{n}"), TestPeople.Dsl,
            "channel.linkCase", new { caseRef = $"CR-{run}{n:D6}", initials = "AB", agency = "School" })),
        new("invoke: log a concern (50 cases)", n => Concern(caseChannels[n % caseChannels.Length], $"CR-{100 + n % caseChannels.Length}")),
    ];

    private readonly string[] caseChannels = Enumerable.Range(0, 50).Select(i => TestPeople.Channel($"bench-case-{i}")).ToArray();

    private string NewChannel(string name)
    {
        var channel = TestPeople.Channel(name);
        connector.SetRoster(channel, TestPeople.Everyone.Select(p => p.Member()));
        return channel;
    }

    /// <summary>Concerns on one case, one after another: they share the case's chronology head.</summary>
    public Scenario ConcernScenario => new("invoke: log a concern (one case)", _ => Concern(caseChannel, "CR-1"));

    /// <summary>A concern submitted from its card (a new draft each time).</summary>
    private Activity Concern(string channel, string caseRef) => bot.Activities.Execute(channel, TestPeople.Dsl, "concern.submit",
        new Dictionary<string, object?>
        {
            ["caseRef"] = caseRef, ["draftId"] = Guid.NewGuid().ToString("N"),
            ["seen"] = "Held her left forearm and flinched when her sleeve was touched; a bruise about 4 cm long inside the arm.",
            ["childsWords"] = "Mum's friend grabbed me when I spilt the juice.",
            ["seenOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["seenAt"] = "09:10",
            ["where"] = "Year 4 classroom at morning register", ["noticedBy"] = "Class teacher",
            ["actionTaken"] = "Listened without leading questions and told the safeguarding lead at 09:20.",
            ["othersKnow"] = "Teaching assistant", ["cscAware"] = "No", ["cscHow"] = "",
            ["category"] = "Physical", ["level"] = "Early", ["share"] = "family", ["shareReason"] = "",
        });

    /// <summary>The first page of the case's chronology, asked for in its channel.</summary>
    public Scenario ChronologyScenario => new("message: chronology, first page", _ => bot.Activities.ChannelMessage(caseChannel, TestPeople.Nurse, "chronology"));

    /// <summary>Logs concerns until the bench case's chronology holds <paramref name="entries"/> entries.</summary>
    public async Task SeedChronologyAsync(int entries)
    {
        var chronology = bot.Services.GetRequiredService<CaseCoordinatorBot.Chronology.ChronologyStore>();
        var missing = (int)(entries - await chronology.LastSequenceAsync("CR-1", CancellationToken.None));
        if (missing > 0) await RunAsync(ConcernScenario, 1, missing);
    }

    /// <summary>The largest card body the bot posted since <paramref name="fromRequest"/>, in bytes.</summary>
    public int LargestPostedBody(int fromRequest) => connector.Requests.Skip(fromRequest)
        .Where(r => r.Method == "POST" && r.Body is not null)
        .Select(r => System.Text.Encoding.UTF8.GetByteCount(r.Body!.ToJsonString())).DefaultIfEmpty(0).Max();

    public int ConnectorRequestCount => connector.Requests.Count;

    public async Task PrepareAsync()
    {
        connector.SetRoster(caseChannel, TestPeople.Everyone.Select(p => p.Member()));
        var link = bot.Activities.Execute(caseChannel, TestPeople.Dsl, "channel.linkCase", new { caseRef = "CR-1", initials = "AB", agency = "School" });
        connector.AddActivity(link.Conversation!.Id!, link.ReplyToId!);
        await SendAsync(link, bot.ValidAuthorization(link));
        for (var i = 0; i < caseChannels.Length; i++)
        {
            connector.SetRoster(caseChannels[i], TestPeople.Everyone.Select(p => p.Member()));
            var linkCase = bot.Activities.Execute(caseChannels[i], TestPeople.Dsl, "channel.linkCase", new { caseRef = $"CR-{100 + i}", initials = "CD", agency = "School" });
            connector.AddActivity(linkCase.Conversation!.Id!, linkCase.ReplyToId!);
            if (!await SendAsync(linkCase, bot.ValidAuthorization(linkCase))) throw new InvalidOperationException("Could not link the bench cases.");
        }
    }

    public async Task WarmUpAsync()
    {
        foreach (var scenario in Scenarios) await RunAsync(scenario, 4, 40);
    }

    public async Task<LoadResult> RunAsync(Scenario scenario, int concurrency, int requests)
    {
        Interlocked.Increment(ref run);
        // Tokens are signed before the clock starts: the bench measures the bot, not the test issuer.
        var work = Enumerable.Range(0, requests).Select(n => scenario.Create(n)).Select(a => (a, bot.ValidAuthorization(a))).ToArray();
        foreach (var (activity, _) in work)
        {
            // Card clicks answer cards the bot posted earlier, so the connector knows them.
            if (activity.ReplyToId is { } cardId) connector.AddActivity(activity.Conversation!.Id!, cardId);
        }
        var latencies = new double[requests];
        var failures = 0;
        var next = -1;
        var storageBefore = bot.StorageRequests.Total;
        var connectorBefore = connector.Requests.Count;

        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(work[i].a, work[i].Item2);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok) Interlocked.Increment(ref failures);
            }
        });
        await Task.WhenAll(workers);
        clock.Stop();

        return new LoadResult(scenario.Name, concurrency, requests, failures, clock.Elapsed, latencies,
            bot.StorageRequests.Total - storageBefore, connector.Requests.Count - connectorBefore);
    }

    private async Task<bool> SendAsync(Activity activity, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request);
        // A refusal or failure of an invoke is an HTTP 200 carrying an error invoke response.
        return response.StatusCode == HttpStatusCode.OK
            && !(await response.Content.ReadAsStringAsync()).Contains("application/vnd.microsoft.error", StringComparison.Ordinal);
    }
}
