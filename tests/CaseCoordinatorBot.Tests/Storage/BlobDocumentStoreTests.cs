using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.Tests.Storage;

[Collection(AzuriteFixture.Collection)]
public sealed class BlobDocumentStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => CancellationToken.None;

    public enum Colour { DeepRed, Green }

    public sealed record Note(string Title, Colour Colour, string? Optional = null);

    [Fact]
    public async Task Created_document_reads_back_with_the_etag_of_the_write()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        Assert.True(await storage.Documents.TryCreateAsync("notes/a", new Note("first", Colour.DeepRed), Ct));
        var read = await storage.Documents.ReadAsync<Note>("notes/a", Ct);

        Assert.NotNull(read);
        Assert.Equal(new Note("first", Colour.DeepRed), read.Value);
        var properties = await storage.Client.GetBlobContainerClient(storage.Options.Container)
            .GetBlobClient("notes/a").GetPropertiesAsync(cancellationToken: Ct);
        Assert.Equal(properties.Value.ETag, read.ETag);
    }

    [Fact]
    public async Task Documents_are_camel_case_json_without_nulls()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        await storage.Documents.TryCreateAsync("notes/json", new Note("t", Colour.DeepRed), Ct);

        var blob = storage.Client.GetBlobContainerClient(storage.Options.Container).GetBlobClient("notes/json");
        var download = (await blob.DownloadContentAsync(Ct)).Value;
        Assert.Equal("""{"title":"t","colour":"deepRed"}""", download.Content.ToString());
        Assert.Equal("application/json", download.Details.ContentType);
    }

    [Fact]
    public async Task Read_of_a_missing_document_is_null()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        Assert.Null(await storage.Documents.ReadAsync<Note>("notes/none", Ct));
    }

    [Fact]
    public async Task Second_create_of_a_key_returns_false_and_keeps_the_first()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);

        Assert.True(await storage.Documents.TryCreateAsync("notes/b", new Note("first", Colour.Green), Ct));
        Assert.False(await storage.Documents.TryCreateAsync("notes/b", new Note("second", Colour.Green), Ct));

        Assert.Equal("first", (await storage.Documents.ReadAsync<Note>("notes/b", Ct))!.Value.Title);
    }

    [Fact]
    public async Task Replace_with_the_current_etag_writes_and_returns_the_new_etag()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        await storage.Documents.TryCreateAsync("notes/c", new Note("first", Colour.Green), Ct);
        var read = await storage.Documents.ReadAsync<Note>("notes/c", Ct);

        var etag = await storage.Documents.ReplaceAsync("notes/c", new Note("second", Colour.Green), read!.ETag, Ct);

        var again = await storage.Documents.ReadAsync<Note>("notes/c", Ct);
        Assert.Equal("second", again!.Value.Title);
        Assert.Equal(etag, again.ETag);
        Assert.NotEqual(read.ETag, etag);
    }

    [Fact]
    public async Task Replace_with_a_stale_etag_is_a_conflict_and_changes_nothing()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        await storage.Documents.TryCreateAsync("notes/d", new Note("first", Colour.Green), Ct);
        var stale = (await storage.Documents.ReadAsync<Note>("notes/d", Ct))!.ETag;
        await storage.Documents.ReplaceAsync("notes/d", new Note("second", Colour.Green), stale, Ct);

        var conflict = await Assert.ThrowsAsync<DocumentConflictException>(() =>
            storage.Documents.ReplaceAsync("notes/d", new Note("lost", Colour.Green), stale, Ct));

        Assert.Equal("notes/d", conflict.Key);
        Assert.Equal("second", (await storage.Documents.ReadAsync<Note>("notes/d", Ct))!.Value.Title);
    }

    [Fact]
    public async Task Replace_without_the_etag_of_a_read_is_refused()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        await storage.Documents.TryCreateAsync("notes/h", new Note("first", Colour.Green), Ct);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            storage.Documents.ReplaceAsync("notes/h", new Note("blind", Colour.Green), Azure.ETag.All, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            storage.Documents.ReplaceAsync("notes/h", new Note("blind", Colour.Green), default, Ct));

        Assert.Equal("first", (await storage.Documents.ReadAsync<Note>("notes/h", Ct))!.Value.Title);
    }

    [Fact]
    public async Task Replace_of_a_deleted_document_is_a_conflict_and_does_not_recreate_it()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        await storage.Documents.TryCreateAsync("notes/e", new Note("first", Colour.Green), Ct);
        var etag = (await storage.Documents.ReadAsync<Note>("notes/e", Ct))!.ETag;
        await storage.Documents.DeleteAsync("notes/e", Ct);

        await Assert.ThrowsAsync<DocumentConflictException>(() =>
            storage.Documents.ReplaceAsync("notes/e", new Note("zombie", Colour.Green), etag, Ct));

        Assert.Null(await storage.Documents.ReadAsync<Note>("notes/e", Ct));
    }

    [Fact]
    public async Task Delete_removes_the_document_and_deleting_again_is_harmless()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        await storage.Documents.TryCreateAsync("notes/f", new Note("first", Colour.Green), Ct);

        await storage.Documents.DeleteAsync("notes/f", Ct);
        await storage.Documents.DeleteAsync("notes/f", Ct);

        Assert.Null(await storage.Documents.ReadAsync<Note>("notes/f", Ct));
        Assert.True(await storage.Documents.TryCreateAsync("notes/f", new Note("again", Colour.Green), Ct));
    }

    [Fact]
    public async Task Update_creates_a_missing_document_then_changes_the_current_one()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var seen = new List<Note?>();

        var created = await storage.Documents.UpdateAsync<Note>("notes/g", current =>
        {
            seen.Add(current);
            return new Note("new", Colour.Green);
        }, Ct);
        var changed = await storage.Documents.UpdateAsync<Note>("notes/g", current =>
        {
            seen.Add(current);
            return current! with { Title = "changed" };
        }, Ct);

        Assert.Equal([null, new Note("new", Colour.Green)], seen);
        var read = await storage.Documents.ReadAsync<Note>("notes/g", Ct);
        Assert.Equal(new StoredDocument<Note>(new Note("changed", Colour.Green), changed.ETag), read);
        Assert.NotEqual(created.ETag, changed.ETag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../escape")]
    [InlineData("notes/../../escape")]
    [InlineData("notes/./a")]
    [InlineData("/notes/a")]
    [InlineData("notes/a/")]
    [InlineData("notes//a")]
    [InlineData("notes\\a")]
    [InlineData("notes/a b")]
    [InlineData("notes/%2e%2e")]
    [InlineData("notes/caf\u00e9")]
    public async Task Unsafe_keys_are_refused_before_any_request(string key)
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var before = storage.Counter.Total;
        var store = storage.Documents;
        var note = new Note("x", Colour.Green);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync<Note>(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.TryCreateAsync(key, note, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceAsync(key, note, new Azure.ETag("\"1\""), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpdateAsync<Note>(key, _ => note, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.Log.AppendAsync(key, "line", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.Log.ReadLinesAsync(key, Ct));

        Assert.Equal(before, storage.Counter.Total);
    }
}
