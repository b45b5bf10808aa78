using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CaseCoordinatorBot.Storage;

/// <summary>
/// Counts every HTTP request sent to blob storage, retries included. One HTTP request is one billable storage
/// transaction, so this is the bill: <see cref="Total"/> for benchmarks, and the <c>storage.requests</c>
/// counter of the <c>CaseCoordinatorBot.Storage</c> meter (tagged with the HTTP method and the storage
/// operation) for dashboards. It sits in the pipeline per retry, so each attempt is counted.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    public const string MeterName = "CaseCoordinatorBot.Storage";
    public const string InstrumentName = "storage.requests";

    private readonly Counter<long> requests;
    private long total;

    public StorageRequestCounter(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        requests = meter.CreateCounter<long>(InstrumentName, unit: "{request}",
            description: "HTTP requests sent to blob storage; each is one billable transaction.");
    }

    /// <summary>Requests sent through this counter since it was made.</summary>
    public long Total => Interlocked.Read(ref total);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        Interlocked.Increment(ref total);
        requests.Add(1,
            new KeyValuePair<string, object?>("http.request.method", message.Request.Method.Method),
            new KeyValuePair<string, object?>("storage.operation", OperationOf(message.Request.Uri)));
    }

    /// <summary>
    /// The storage operation, from the query: <c>comp</c> (appendblock, list, properties…), else
    /// <c>container</c> for container requests, else <c>blob</c>. Never the blob name, which would make
    /// the tag unbounded.
    /// </summary>
    internal static string OperationOf(RequestUriBuilder uri)
    {
        string? restype = null;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.IndexOf('=') is var i and >= 0 ? (pair[..i], pair[(i + 1)..]) : (pair, "");
            if (name == "comp")
                return value.Length is > 0 and <= 24 && value.All(char.IsAsciiLetterLower) ? value : "other";
            if (name == "restype")
                restype = value;
        }
        return restype is "container" ? "container" : restype is "service" ? "service" : "blob";
    }
}
