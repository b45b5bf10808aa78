namespace CaseCoordinatorBot.Bench;

public static class Report
{
    public const string Header =
        "scenario                              conc   activities/s   p50 ms   p95 ms   p99 ms   blob tx/activity   connector calls/activity   failures";

    public static string Row(LoadResult r)
    {
        var sorted = r.LatenciesMs.Order().ToArray();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return $"{r.Scenario,-36} {r.Concurrency,5} {r.Requests / r.Elapsed.TotalSeconds,14:F0} {Percentile(0.50),8:F1} {Percentile(0.95),8:F1} {Percentile(0.99),8:F1} {(double)r.StorageRequests / r.Requests,18:F2} {(double)r.ConnectorRequests / r.Requests,26:F2} {r.Failures,10}";
    }
}
