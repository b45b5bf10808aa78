using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.Bench;

/// <summary>
/// "my work" for a CSC worker who holds a role in many cases, each with a long chronology and a referral waiting: the
/// list is read from each case's derived items, so its cost should follow the number of cases, not of entries.
/// </summary>
public sealed class MyWorkLoad(BotHost bot, FakeConnectorServer connector)
{
    private static readonly string Desk = TestPeople.Channel("mywork-desk");

    public async Task PrepareAsync(int cases)
    {
        connector.SetRoster(Desk, TestPeople.Everyone.Select(p => p.Member()));
        await bot.InvokeAsync(bot.Activities.Execute(Desk, TestPeople.SocialWorker, "channel.linkDesk",
            new { deskKind = nameof(DeskKind.CscFrontDoor), deskName = "Bench front door" }));
        var setup = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var channel = TestPeople.Channel($"mywork-{i}");
            var caseRef = CaseRef(i);
            connector.SetRoster(channel, TestPeople.Everyone.Select(p => p.Member()));
            await bot.InvokeAsync(bot.Activities.Execute(channel, TestPeople.Dsl, "channel.linkCase", new { caseRef, initials = "AB", agency = "School" }));
            await bot.InvokeAsync(bot.Activities.Execute(channel, TestPeople.Dsl, "case.grantRole",
                new { caseRef, member = TestPeople.SocialWorker.AadObjectId, role = "SocialWorker" }));
            await ReferAsync(channel, caseRef);
        }
        Console.WriteLine($"{cases} cases linked, roles granted and referrals made in {setup.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Appends synthetic entries until each case's chronology holds <paramref name="entriesPerCase"/>.</summary>
    public async Task SeedChronologiesAsync(int cases, int entriesPerCase)
    {
        var setup = Stopwatch.StartNew();
        var chronology = bot.Services.GetRequiredService<ChronologyStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            for (var n = await chronology.LastSequenceAsync(CaseRef(i), ct); n < entriesPerCase; n++)
                await chronology.AppendAsync(CaseRef(i), Entry(n), ct);
        });
        Console.WriteLine($"{cases * entriesPerCase:N0} chronology entries in {setup.Elapsed.TotalSeconds:0.0} s");
    }

    private static string CaseRef(int i) => "CR-" + (5000 + i).ToString(CultureInfo.InvariantCulture);

    private async Task ReferAsync(string channel, string caseRef)
    {
        var mark = connector.Requests.Count;
        using (await bot.SendAsync(bot.Activities.ChannelMessage(channel, TestPeople.Dsl, "refer"))) { }
        var form = connector.Requests.Skip(mark).Last(r => r.Method == "POST").Body!["attachments"]![0]!["content"]!;
        var referralId = (string)Find(form, "referral.submit")!["data"]!["referralId"]!;
        var submitted = await bot.InvokeAsync(bot.Activities.Execute(channel, TestPeople.Dsl, "referral.submit", new
        {
            caseRef, referralId,
            whatHappened = "Synthetic bench concern.", childsWords = "Synthetic words.", fears = "Synthetic fear.",
            helpAsked = "An assessment.", consent = "Given", consentNote = "", desk = Desk,
        }));
        if ((string?)submitted["type"] == "application/vnd.microsoft.error") throw new InvalidOperationException("The bench referral was refused.");
    }

    private static JsonNode? Find(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["verb"] is JsonValue v && (string?)v == verb => o,
        JsonObject o => o.Select(p => Find(p.Value, verb)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, verb)).FirstOrDefault(f => f is not null),
        _ => null,
    };

    private static NewChronologyEntry Entry(long n) => new(EntryKind.Concern, DateTimeOffset.UtcNow, new EntryAuthor("bench/nurse", "Bench", Agency.Health),
        ConcernCategory.Neglect, FamilyVisibility.Shareable, null, $"bench-{n}",
        new ConcernBody("Synthetic observation " + n, "", "", "", "", "", CscAwareness.Yes, "", ConcernLevel.Early, []));

    /// <summary>
    /// The storage floor: as many reads of one small document as a list makes, with the list's parallelism; what the
    /// list would cost if building it added nothing to its reads.
    /// </summary>
    public async Task<double[]> ProbeAsync(int reads, int rounds)
    {
        var store = bot.Services.GetRequiredService<IDocumentStore>();
        var key = CaseWorkView.Key(CaseRef(0));
        var times = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, reads), new ParallelOptions { MaxDegreeOfParallelism = 16 },
                async (_, ct) => await store.ReadAsync<CaseWork>(key, ct));
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        return times;
    }

    /// <summary>Builds the worker's list <paramref name="rounds"/> times; returns the times in ms and the storage requests of one list.</summary>
    public async Task<(double[] Ms, long Requests, int Items)> MeasureAsync(int rounds)
    {
        var user = BotUser.From(bot.Activities.PersonalMessage(TestPeople.SocialWorker, "my work"))!;
        var times = new double[rounds];
        long requests = 0;
        var items = 0;
        for (var i = 0; i < rounds; i++)
        {
            await using var scope = bot.Services.CreateAsyncScope();
            var builder = scope.ServiceProvider.GetRequiredService<MyWorkBuilder>();
            var before = bot.StorageRequests.Total;
            var clock = Stopwatch.StartNew();
            items = (await builder.ForPersonAsync(user, CancellationToken.None)).Count;
            times[i] = clock.Elapsed.TotalMilliseconds;
            requests = bot.StorageRequests.Total - before;
        }
        return (times, requests, items);
    }
}
