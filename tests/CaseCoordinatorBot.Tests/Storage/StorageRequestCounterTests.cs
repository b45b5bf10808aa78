using System.Diagnostics.Metrics;
using Azure.Core;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CaseCoordinatorBot.Tests.Storage;

[Collection(AzuriteFixture.Collection)]
public sealed class StorageRequestCounterTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => CancellationToken.None;

    public sealed record Doc(int N);

    [Fact]
    public async Task Each_document_operation_costs_the_documented_number_of_requests()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var store = storage.Documents;

        var cost = Cost(storage);
        Assert.True(await store.TryCreateAsync("docs/a", new Doc(1), Ct));
        Assert.Equal(1, cost());

        var read = await store.ReadAsync<Doc>("docs/a", Ct);
        Assert.Equal(1, cost());

        await store.ReplaceAsync("docs/a", new Doc(2), read!.ETag, Ct);
        Assert.Equal(1, cost());

        await store.UpdateAsync<Doc>("docs/a", d => new Doc(d!.N + 1), Ct);
        Assert.Equal(2, cost());

        await store.UpdateAsync<Doc>("docs/b", _ => new Doc(1), Ct);
        Assert.Equal(2, cost());

        Assert.Null(await store.ReadAsync<Doc>("docs/missing", Ct));
        Assert.Equal(1, cost());

        Assert.False(await store.TryCreateAsync("docs/a", new Doc(9), Ct));
        Assert.Equal(1, cost());

        await store.DeleteAsync("docs/a", Ct);
        Assert.Equal(1, cost());
    }

    [Fact]
    public async Task An_append_costs_one_request_and_the_first_line_of_a_log_three()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var cost = Cost(storage);

        await storage.Log.AppendAsync("log", "first", Ct);
        Assert.Equal(3, cost());

        await storage.Log.AppendAsync("log", "second", Ct);
        Assert.Equal(1, cost());

        await storage.Log.ReadLinesAsync("log", Ct);
        Assert.Equal(1, cost());
    }

    [Fact]
    public async Task Requests_are_published_on_the_storage_meter_with_method_and_operation()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var collector = new MetricCollector<long>(meters, StorageRequestCounter.MeterName,
            StorageRequestCounter.InstrumentName);
        var storage = await TestStorage.CreateAsync(azurite.Server, meterFactory: meters, cancellationToken: Ct);
        collector.Clear();
        var before = storage.Counter.Total;

        await storage.Documents.TryCreateAsync("docs/m", new Doc(1), Ct);
        await storage.Documents.ReadAsync<Doc>("docs/m", Ct);
        await storage.Log.AppendAsync("log", "line", Ct);

        var seen = collector.GetMeasurementSnapshot()
            .Select(m => $"{m.Value} {m.Tags["http.request.method"]} {m.Tags["storage.operation"]}");
        Assert.Equal(["1 PUT blob", "1 GET blob", "1 PUT appendblock", "1 PUT blob", "1 PUT appendblock"], seen);
        Assert.Equal(5, storage.Counter.Total - before);
    }

    [Theory]
    [InlineData("https://a.blob.core.windows.net/c/b", "blob")]
    [InlineData("https://a.blob.core.windows.net/c/b?comp=appendblock", "appendblock")]
    [InlineData("https://a.blob.core.windows.net/c?restype=container", "container")]
    [InlineData("https://a.blob.core.windows.net/c?restype=container&comp=list&prefix=x", "list")]
    [InlineData("https://a.blob.core.windows.net/?restype=service&comp=properties", "properties")]
    [InlineData("https://a.blob.core.windows.net/c/b?comp=Not%20A%20Word", "other")]
    public void Operation_tag_comes_from_the_query_never_the_blob_name(string uri, string operation)
    {
        var builder = new RequestUriBuilder();
        builder.Reset(new Uri(uri));

        Assert.Equal(operation, StorageRequestCounter.OperationOf(builder));
    }

    /// <summary>Requests since the last call.</summary>
    private static Func<long> Cost(TestStorage storage)
    {
        var last = storage.Counter.Total;
        return () =>
        {
            var now = storage.Counter.Total;
            var spent = now - last;
            last = now;
            return spent;
        };
    }
}
