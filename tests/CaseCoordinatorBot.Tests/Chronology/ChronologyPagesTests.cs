using System.Diagnostics;
using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Testing.Storage;
using CaseCoordinatorBot.Tests.Cards;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CaseCoordinatorBot.Tests.Chronology;

[Collection(AzuriteFixture.Collection)]
public sealed class ChronologyPagesTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string CaseRef = "CR-5100";
    private const int Count = 2000;
    private const int Written = 100;
    private static CancellationToken Ct => CancellationToken.None;

    private static readonly CaseFile File = new(CaseRef, "A.B.", new CaseChannel("t", "team", "19:c@thread.tacv2", "https://smba.example"), [], DateTimeOffset.UnixEpoch, "t/u");

    [Fact]
    public async Task The_first_page_of_a_two_thousand_entry_chronology_is_small_newest_first_and_reads_only_the_newest_entries()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var store = new ChronologyStore(storage.Documents, TimeProvider.System, NullLogger<ChronologyStore>.Instance);
        await SeedAsync(storage, Count);
        var pages = new ChronologyPages(store, new CardTemplates(RepositoryFolder.Cards));

        await pages.BuildAsync(File, 0, null, null, Ct);
        var timings = new List<double>();
        ChronologyCard first = null!;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            first = await pages.BuildAsync(File, 0, null, null, Ct);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        var filterWatch = Stopwatch.StartNew();
        var health = await pages.BuildAsync(File, 0, nameof(Agency.Health), null, Ct);
        var filtered = filterWatch.Elapsed.TotalMilliseconds;

        // Timings are printed for the benchmark notes, not asserted: a shared test machine makes them noisy.
        var median = timings.Order().ElementAt(2);
        output.WriteLine($"first page of {Count}: median {median:F1} ms, {pages.SizeOf(first)} bytes; first Health page {filtered:F1} ms");
        Assert.Equal("Entries 2000 to 1996 of 2000, newest first.", first.Summary);
        Assert.StartsWith("#2000 ·", first.Entries[0].Heading);
        Assert.True(first.HasOlder);
        Assert.InRange(pages.SizeOf(first), 1, 24 * 1024);
        Assert.All(health.Entries, e => Assert.Contains("(Health)", e.Byline));
        Assert.Equal(ChronologyPages.PageSize, health.Entries.Count);
    }

    /// <summary>
    /// Writes a sealed chain's head and its newest <see cref="Written"/> entries straight into storage, as years of
    /// appends would leave them. Pages read from the newest end only, so the older entries (built, hashed, not
    /// written) would never be read; writing all 2,000 would cost this test seconds for nothing.
    /// </summary>
    private static async Task SeedAsync(TestStorage storage, int count)
    {
        var authors = new[] { ChronologySamples.Teacher, ChronologySamples.Nurse, ChronologySamples.Teacher with { Agency = Agency.Csc } };
        var entries = new List<ChronologyEntry>();
        var previous = ChronologyHash.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = ChronologyHash.Seal(new ChronologyEntry(
                i, EntryKind.Concern, DateTimeOffset.UnixEpoch.AddDays(20_000 + i), DateTimeOffset.UnixEpoch.AddDays(20_000 + i).AddHours(1),
                authors[i % 3], (ConcernCategory)(i % 8), FamilyVisibility.Shareable, null, null,
                ChronologySamples.Body($"Entry {i}: came in without a coat in the rain and ate two breakfasts."), previous, ""));
            entries.Add(entry);
            previous = entry.Hash;
        }
        await Parallel.ForEachAsync(entries.TakeLast(Written), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = Ct },
            async (entry, ct) => Assert.True(await storage.Documents.TryCreateAsync(ChronologyStore.EntryKey(CaseRef, entry.Sequence), entry, ct)));
        Assert.True(await storage.Documents.TryCreateAsync(ChronologyStore.HeadKey(CaseRef), new ChronologyHead(count, previous, []), Ct));
    }
}
