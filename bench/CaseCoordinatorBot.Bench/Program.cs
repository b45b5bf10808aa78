// Throughput and latency of the whole bot (token validation, dedup, routing, storage, connector reply)
// against a real Azurite, at fixed concurrency. Prints its figures; asserts nothing.
//   dotnet run -c Release --project bench/CaseCoordinatorBot.Bench [-- requestsPerLevel]
//   dotnet run -c Release --project bench/CaseCoordinatorBot.Bench -- mywork [cases entriesPerCase]
using CaseCoordinatorBot.Bench;
using CaseCoordinatorBot.Testing.Auth;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;

// Per-request information logs would measure the console, not the bot.
Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");

if (args is ["mywork", ..])
{
    await MyWorkBenchAsync(args.Length > 1 ? int.Parse(args[1]) : 50, args.Length > 2 ? int.Parse(args[2]) : 2000);
    return;
}

var requestsPerLevel = args.Length > 0 ? int.Parse(args[0]) : 400;
int[] concurrencyLevels = [1, 10, 50];

await using var azurite = await AzuriteServer.StartAsync();
await using var issuer = await TestTokenIssuer.StartAsync();
await using var connector = await FakeConnectorServer.StartAsync();
await using var bot = new BotHost(azurite, issuer, connector);
bot.UseKestrel(0);
bot.StartServer();

var load = new BotLoad(bot, connector);
await load.PrepareAsync();
await load.WarmUpAsync();

Console.WriteLine($"Case Coordinator Bot benchmark: {requestsPerLevel} activities per row, Kestrel on loopback, real Azurite, fake connector");
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine(Report.Header);
foreach (var scenario in load.Scenarios)
{
    foreach (var concurrency in concurrencyLevels)
    {
        var result = await load.RunAsync(scenario, concurrency, requestsPerLevel);
        Console.WriteLine(Report.Row(result));
    }
}

// The chronology's first page for a case of 2,000 entries: latency of the whole turn and the card's size.
const int chronologyEntries = 2000;
await load.SeedChronologyAsync(chronologyEntries);
Console.WriteLine();
Console.WriteLine($"chronology of {chronologyEntries} entries, first page asked for with 'chronology':");
Console.WriteLine(Report.Header);
foreach (var concurrency in concurrencyLevels)
{
    var mark = load.ConnectorRequestCount;
    var result = await load.RunAsync(load.ChronologyScenario, concurrency, Math.Min(requestsPerLevel, 200));
    Console.WriteLine(Report.Row(result) + $"   largest card {load.LargestPostedBody(mark) / 1024.0:F1} KB");
}

// "my work" for a worker in many cases with long chronologies: the list must read an index, not the chronologies.
// Measured before and after the chronologies grow, each beside the storage floor (as many reads of one small document).
static async Task MyWorkBenchAsync(int cases, int entriesPerCase)
{
    await using var azurite = await AzuriteServer.StartAsync();
    await using var issuer = await TestTokenIssuer.StartAsync();
    await using var connector = await FakeConnectorServer.StartAsync();
    await using var bot = new BotHost(azurite, issuer, connector);
    var load = new MyWorkLoad(bot, connector);
    await load.PrepareAsync(cases);
    var empty = await MeasureAsync(load, "with short chronologies");
    await load.SeedChronologiesAsync(cases, entriesPerCase);
    var full = await MeasureAsync(load, $"with {entriesPerCase:N0} entries per case");
    Console.WriteLine($"ratio, long to short chronologies: list p50 {full.List / empty.List:0.00}, storage floor p50 {full.Floor / empty.Floor:0.00}");
}

static async Task<(double List, double Floor)> MeasureAsync(MyWorkLoad load, string label)
{
    await load.MeasureAsync(5); // warm: JIT, connections, roster cache, each case's derived items
    var (ms, requests, items) = await load.MeasureAsync(50);
    var floor = await load.ProbeAsync((int)requests, 50);
    Array.Sort(ms);
    Array.Sort(floor);
    Console.WriteLine($"my work {label}: {items} items, {requests} storage requests per list; 50 lists p50 {ms[24]:0.0} ms, "
        + $"p95 {ms[47]:0.0} ms; {requests} reads of one document p50 {floor[24]:0.0} ms (bar: 100 ms)");
    return (ms[24], floor[24]);
}
