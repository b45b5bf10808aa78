using Azure;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseCoordinatorBot.Tests.Chronology;

[Collection(AzuriteFixture.Collection)]
public sealed class ChronologyStoreTests(AzuriteFixture azurite)
{
    private const string CaseRef = "CR-5001";
    private static CancellationToken Ct => CancellationToken.None;

    private static ChronologyStore StoreOver(IDocumentStore documents) =>
        new(documents, TimeProvider.System, NullLogger<ChronologyStore>.Instance);

    [Fact]
    public async Task Appends_are_numbered_from_one_and_each_points_at_the_one_before()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var store = StoreOver(storage.Documents);

        var first = await store.AppendAsync(CaseRef, ChronologySamples.Concern(key: "a"), Ct);
        var second = await store.AppendAsync(CaseRef, ChronologySamples.Concern(ChronologySamples.Nurse, key: "b"), Ct);

        Assert.Equal((1L, true), (first.Entry.Sequence, first.Created));
        Assert.Equal((2L, true), (second.Entry.Sequence, second.Created));
        Assert.Equal(ChronologyHash.Genesis, first.Entry.PreviousHash);
        Assert.Equal(first.Entry.Hash, second.Entry.PreviousHash);
        Assert.Equal(second.Entry.Hash, ChronologyHash.Compute((await store.ReadAsync(CaseRef, 2, Ct))!));
        Assert.True((await new ChronologyVerifier(store).VerifyAsync(CaseRef, Ct)).Intact);
    }

    [Fact]
    public async Task An_append_costs_three_storage_requests()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var store = StoreOver(storage.Documents);
        await store.AppendAsync(CaseRef, ChronologySamples.Concern(key: "first"), Ct);

        var before = storage.Counter.Total;
        await store.AppendAsync(CaseRef, ChronologySamples.Concern(key: "second"), Ct);

        Assert.Equal(3, storage.Counter.Total - before);
    }

    [Fact]
    public async Task Twenty_parallel_appends_from_two_stores_all_land_in_order_with_an_unbroken_chain()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var stores = new[] { StoreOver(storage.NewDocumentStore()), StoreOver(storage.NewDocumentStore()) };

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            stores[i % 2].AppendAsync(CaseRef, ChronologySamples.Concern(key: $"k{i}", seen: $"Concern number {i}"), Ct), Ct)));

        Assert.All(results, r => Assert.True(r.Created));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), results.Select(r => r.Entry.Sequence).Order());
        var report = await new ChronologyVerifier(stores[0]).VerifyAsync(CaseRef, Ct);
        Assert.Equal((20L, (long?)null), (report.Count, report.BrokenAt));
        var stored = await stores[1].ReadManyAsync(CaseRef, Enumerable.Range(1, 20).Select(i => (long)i), Ct);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"k{i}").Order(), stored.Select(e => e!.IdempotencyKey).Order());
    }

    [Fact]
    public async Task An_entry_written_just_before_a_crash_is_kept_and_the_next_append_follows_it()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var healthy = StoreOver(storage.Documents);
        await healthy.AppendAsync(CaseRef, ChronologySamples.Concern(key: "before"), Ct);

        var crashing = StoreOver(new CrashBeforeHeadMoves(storage.NewDocumentStore()));
        await Assert.ThrowsAsync<IOException>(() => crashing.AppendAsync(CaseRef, ChronologySamples.Concern(key: "orphan"), Ct));
        var next = await healthy.AppendAsync(CaseRef, ChronologySamples.Concern(key: "after"), Ct);

        Assert.Equal(3, next.Entry.Sequence);
        Assert.Equal("orphan", (await healthy.ReadAsync(CaseRef, 2, Ct))!.IdempotencyKey);
        var report = await new ChronologyVerifier(healthy).VerifyAsync(CaseRef, Ct);
        Assert.Equal((3L, true), (report.Count, report.Intact));
    }

    [Fact]
    public async Task A_retry_after_a_crash_finds_the_entry_it_wrote_and_does_not_store_it_twice()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var crashing = StoreOver(new CrashBeforeHeadMoves(storage.NewDocumentStore()));
        await Assert.ThrowsAsync<IOException>(() => crashing.AppendAsync(CaseRef, ChronologySamples.Concern(key: "once"), Ct));
        var healthy = StoreOver(storage.Documents);

        // Before anything moves the head, a reader already sees the committed entry.
        Assert.Equal(1, await healthy.LastSequenceAsync(CaseRef, Ct));
        var retry = await healthy.AppendAsync(CaseRef, ChronologySamples.Concern(key: "once"), Ct);
        var again = await healthy.AppendAsync(CaseRef, ChronologySamples.Concern(key: "once"), Ct);

        Assert.Equal((1L, false), (retry.Entry.Sequence, retry.Created));
        Assert.Equal((1L, false), (again.Entry.Sequence, again.Created));
        Assert.Equal(1, await healthy.LastSequenceAsync(CaseRef, Ct));
    }

    [Fact]
    public async Task The_same_key_sent_five_times_at_once_is_stored_once()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var stores = Enumerable.Range(0, 5).Select(_ => StoreOver(storage.NewDocumentStore())).ToArray();

        var results = await Task.WhenAll(stores.Select(s => Task.Run(() => s.AppendAsync(CaseRef, ChronologySamples.Concern(key: "click"), Ct), Ct)));

        Assert.Single(results, r => r.Created);
        Assert.All(results, r => Assert.Equal(1, r.Entry.Sequence));
        Assert.Equal(1, await stores[0].LastSequenceAsync(CaseRef, Ct));
    }

    [Fact]
    public async Task Verification_names_an_entry_changed_in_storage_behind_the_bot()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var store = StoreOver(storage.Documents);
        for (var i = 1; i <= 4; i++) await store.AppendAsync(CaseRef, ChronologySamples.Concern(key: $"k{i}"), Ct);

        var key = ChronologyStore.EntryKey(CaseRef, 2);
        var blob = storage.Client.GetBlobContainerClient(storage.Options.Container).GetBlobClient(key);
        var text = (await blob.DownloadContentAsync(Ct)).Value.Content.ToString();
        await blob.UploadAsync(BinaryData.FromString(text.Replace("4 cm", "1 cm", StringComparison.Ordinal)), overwrite: true, Ct);

        var report = await new ChronologyVerifier(store).VerifyAsync(CaseRef, Ct);
        Assert.Equal((4L, (long?)2), (report.Count, report.BrokenAt));
        Assert.Contains("changed after it was written", report.Problem);
    }

    [Fact]
    public async Task A_correction_is_a_new_entry_pointing_at_an_earlier_one_which_stays_as_it_was()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var store = StoreOver(storage.Documents);
        var original = (await store.AppendAsync(CaseRef, ChronologySamples.Concern(key: "original"), Ct)).Entry;
        NewChronologyEntry Correction(long corrects) => new(EntryKind.Correction, original.OccurredAt, ChronologySamples.Teacher, null,
            FamilyVisibility.Shareable, corrects, null, new CorrectionBody("The bruise was on the right arm.", "A bruise on the right forearm."));

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(CaseRef, Correction(2), Ct));
        var correction = (await store.AppendAsync(CaseRef, Correction(1), Ct)).Entry;

        Assert.Equal((2L, (long?)1), (correction.Sequence, correction.Corrects));
        Assert.Equal(original.Hash, (await store.ReadAsync(CaseRef, 1, Ct))!.Hash);
        Assert.Equal("Corrects entry #1", EntryViews.For(correction, 700).Corrects);
        Assert.True((await new ChronologyVerifier(store).VerifyAsync(CaseRef, Ct)).Intact);
    }

    /// <summary>A bot instance that dies between writing an entry and moving the head.</summary>
    private sealed class CrashBeforeHeadMoves(IDocumentStore inner) : IDocumentStore
    {
        public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) where T : class =>
            inner.ReadAsync<T>(key, cancellationToken);

        public Task<bool> TryCreateAsync<T>(string key, T value, CancellationToken cancellationToken) where T : class =>
            key.EndsWith("head.json", StringComparison.Ordinal) ? throw new IOException("crashed") : inner.TryCreateAsync(key, value, cancellationToken);

        public Task<ETag> ReplaceAsync<T>(string key, T value, ETag ifMatch, CancellationToken cancellationToken) where T : class =>
            key.EndsWith("head.json", StringComparison.Ordinal) ? throw new IOException("crashed") : inner.ReplaceAsync(key, value, ifMatch, cancellationToken);

        public Task<StoredDocument<T>> UpdateAsync<T>(string key, Func<T?, T> change, CancellationToken cancellationToken) where T : class =>
            throw new NotSupportedException();

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
