using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.Tests.Storage;

[Collection(AzuriteFixture.Collection)]
public sealed class BlobAppendLogTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Fifty_parallel_appends_to_a_new_log_give_fifty_distinct_lines()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var lines = Enumerable.Range(1, 50).Select(i => $"{{\"seq\":{i},\"event\":\"concern.logged\"}}").ToArray();

        await Task.WhenAll(lines.Select(line => Task.Run(() => storage.Log.AppendAsync("cases/c1/audit", line, Ct), Ct)));

        var read = await storage.Log.ReadLinesAsync("cases/c1/audit", Ct);
        Assert.Equal(50, read.Count);
        Assert.Equal(lines.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lines_read_back_in_order_as_utf8()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        await storage.Log.AppendAsync("log", "first", Ct);
        await storage.Log.AppendAsync("log", "caf\u00e9 \u2713", Ct);
        await storage.Log.AppendAsync("log", "", Ct);
        await storage.Log.AppendAsync("log", "last", Ct);

        Assert.Equal(["first", "caf\u00e9 \u2713", "", "last"], await storage.Log.ReadLinesAsync("log", Ct));
        var blob = storage.Client.GetBlobContainerClient(storage.Options.AuditContainer).GetBlobClient("log");
        Assert.Equal("first\ncaf\u00e9 \u2713\n\nlast\n", (await blob.DownloadContentAsync(Ct)).Value.Content.ToString());
    }

    [Fact]
    public async Task Missing_log_reads_as_empty()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        Assert.Empty(await storage.Log.ReadLinesAsync("nothing/here", Ct));
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    [InlineData("trailing\n")]
    public async Task Line_with_a_line_break_is_refused(string line)
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.Log.AppendAsync("log", line, Ct));

        Assert.Empty(await storage.Log.ReadLinesAsync("log", Ct));
    }

    [Fact]
    public async Task Logs_go_to_the_audit_container_not_the_document_container()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        await storage.Log.AppendAsync("cases/c2/audit", "entry", Ct);

        var audit = storage.Client.GetBlobContainerClient(storage.Options.AuditContainer);
        var state = storage.Client.GetBlobContainerClient(storage.Options.Container);
        Assert.True(await audit.GetBlobClient("cases/c2/audit").ExistsAsync(Ct));
        Assert.False(await state.GetBlobClient("cases/c2/audit").ExistsAsync(Ct));
        Assert.Equal(Azure.Storage.Blobs.Models.BlobType.Append,
            (await audit.GetBlobClient("cases/c2/audit").GetPropertiesAsync(cancellationToken: Ct)).Value.BlobType);
    }
}
