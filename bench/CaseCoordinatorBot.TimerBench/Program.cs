using System.Diagnostics;
using System.Globalization;
using CaseCoordinatorBot.Testing.Storage;
using CaseCoordinatorBot.TimerBench;

// Times a timer sweep that fires the due timers in a storage account holding the future timers of few cases
// and of many, and counts its storage requests: a sweep lists the due buckets only, so its requests should not
// grow with the number of cases. Each size runs on its own fresh Azurite.
// Usage: dotnet run -c Release --project bench/CaseCoordinatorBot.TimerBench [-- smallCases largeCases due rounds]
// The defaults are scaled down from 1,000 / 100,000 cases and 1,000 due timers. Azurite's in-memory store
// deletes a blob in time that grows with the blobs it holds (measured: 1.4 ms empty, 4.5 ms at 2,000 blobs,
// 30 ms at 8,000), and being single-threaded it makes every other request wait meanwhile; a sweep deletes each
// timer it fires, so on Azurite its wall time grows with the number of cases even though its requests do not.
// The storage request count is the measure that carries over to Blob Storage, where a delete costs the same
// whatever the container holds.
var arguments = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var smallCases = arguments.ElementAtOrDefault(0) is > 0 and var s ? s : 1_000;
var largeCases = arguments.ElementAtOrDefault(1) is > 0 and var l ? l : 5_000;
var due = arguments.ElementAtOrDefault(2) is > 0 and var d ? d : 200;
var rounds = arguments.ElementAtOrDefault(3) is > 0 and var r ? r : 1;
var ct = CancellationToken.None;

var small = await MeasureAsync(smallCases);
var large = await MeasureAsync(largeCases);
Console.WriteLine($"sweep of {due:N0} due timers among {smallCases:N0} cases' timers: {Ms(small.Time)} ms, "
    + $"{small.Requests:N0} storage requests, Azurite read latency {Ms(small.Probe)} ms");
Console.WriteLine($"sweep of {due:N0} due timers among {largeCases:N0} cases' timers: {Ms(large.Time)} ms, "
    + $"{large.Requests:N0} storage requests, Azurite read latency {Ms(large.Probe)} ms");
Console.WriteLine($"ratio: time {Ratio(large.Time, small.Time)}, storage requests {Ratio(large.Requests, small.Requests)}, "
    + $"time per Azurite read latency {Ratio(large.Time / large.Probe, small.Time / small.Probe)}");
return;

async Task<(double Time, double Requests, double Probe)> MeasureAsync(int cases)
{
    await using var azurite = await AzuriteServer.StartAsync(ct);
    await using (var warmUp = await SweepBench.CreateAsync(azurite, ct))
        await warmUp.SweepDueAsync(20, ct);

    await using var bench = await SweepBench.CreateAsync(azurite, ct);
    var setup = Stopwatch.StartNew();
    await bench.AddCasesAsync(cases, ct);
    Console.WriteLine($"{cases:N0} cases' future timers scheduled in {setup.Elapsed.TotalSeconds:0.0} s");
    var times = new List<(double Time, double Requests, double Probe)>();
    for (var i = 0; i < rounds; i++)
    {
        var probe = await bench.ProbeReadLatencyAsync(ct);
        var (elapsed, requests, result) = await bench.SweepDueAsync(due, ct);
        times.Add((elapsed.TotalMilliseconds, requests, probe.TotalMilliseconds));
        Console.WriteLine($"  round {i + 1}: {elapsed.TotalMilliseconds:0} ms, {requests} requests, "
            + $"listed {result.Listed}, fired {result.Fired}, Azurite read {probe.TotalMilliseconds:0.0} ms");
    }
    return times.OrderBy(t => t.Time).ElementAt(times.Count / 2);
}

static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

static string Ratio(double a, double b) => (a / b).ToString("0.00", CultureInfo.InvariantCulture);
