using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.Tests.Storage;

[Collection(AzuriteFixture.Collection)]
public sealed class BlobDocumentStoreConcurrencyTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => CancellationToken.None;

    /// <summary>A counter that records which increments made it, so that a lost or doubled one shows.</summary>
    public sealed record Tally(int Value, IReadOnlyList<string> Applied)
    {
        public static Tally Add(Tally? current, string id) =>
            current is null ? new Tally(1, [id]) : new Tally(current.Value + 1, [.. current.Applied, id]);
    }

    // A writer's attempt fails only if another writer succeeded during it, and each of the other N-1 writers
    // succeeds once, so N attempts always suffice for N writers: the tests below cannot fail by bad luck.
    // (The default of 8 is for the few writers a case document really sees.)

    [Fact]
    public async Task Thirty_parallel_updates_from_separate_stores_each_apply_exactly_once()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, maxConflictAttempts: 30, cancellationToken: Ct);
        Assert.True(await storage.Documents.TryCreateAsync("tallies/one", new Tally(0, []), Ct));
        var ids = Enumerable.Range(1, 30).Select(i => $"inc-{i}").ToArray();
        var stores = ids.Select(_ => storage.NewDocumentStore()).ToArray();

        var results = await Task.WhenAll(ids.Select((id, i) =>
            Task.Run(() => stores[i].UpdateAsync<Tally>("tallies/one", t => Tally.Add(t, id), Ct), Ct)));

        var final = (await storage.Documents.ReadAsync<Tally>("tallies/one", Ct))!.Value;
        Assert.Equal(30, final.Value);
        Assert.Equal(ids.Order(), final.Applied.Order());
        // Each update wrote on top of a different version: the values it returned are 1..30, once each.
        Assert.Equal(Enumerable.Range(1, 30), results.Select(r => r.Value.Value).Order());
    }

    [Fact]
    public async Task Ten_parallel_updates_of_a_missing_document_all_apply()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, maxConflictAttempts: 10, cancellationToken: Ct);
        var ids = Enumerable.Range(1, 10).Select(i => $"first-{i}").ToArray();
        var stores = ids.Select(_ => storage.NewDocumentStore()).ToArray();

        await Task.WhenAll(ids.Select((id, i) =>
            Task.Run(() => stores[i].UpdateAsync<Tally>("tallies/new", t => Tally.Add(t, id), Ct), Ct)));

        var final = (await storage.Documents.ReadAsync<Tally>("tallies/new", Ct))!.Value;
        Assert.Equal(10, final.Value);
        Assert.Equal(ids.Order(), final.Applied.Order());
    }

    [Fact]
    public async Task Update_that_keeps_losing_gives_up_after_the_configured_attempts_without_writing()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, maxConflictAttempts: 3, cancellationToken: Ct);
        await storage.Documents.TryCreateAsync("tallies/contested", new Tally(0, []), Ct);
        var rival = storage.Client.GetBlobContainerClient(storage.Options.Container).GetBlobClient("tallies/contested");
        var calls = 0;

        var conflict = await Assert.ThrowsAsync<DocumentConflictException>(() =>
            storage.Documents.UpdateAsync<Tally>("tallies/contested", t =>
            {
                calls++;
                // Another writer gets in between every read and write.
                rival.Upload(BinaryData.FromString($$"""{"value":{{100 + calls}},"applied":[]}"""), overwrite: true);
                return Tally.Add(t, "mine");
            }, Ct));

        Assert.Equal("tallies/contested", conflict.Key);
        Assert.Equal(3, calls);
        var final = (await storage.Documents.ReadAsync<Tally>("tallies/contested", Ct))!.Value;
        Assert.Equal(103, final.Value);
        Assert.Empty(final.Applied);
    }
}
