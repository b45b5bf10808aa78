using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// One append-only chronology per case: each entry in its own blob, created with If-None-Match so that a
/// sequence number is taken exactly once, and a head document moved with If-Match. An append costs three
/// storage requests (read head, create entry, replace head). A writer that stops between the last two
/// leaves a committed entry ahead of the head; whoever next meets it moves the head forward.
/// </summary>
public sealed class ChronologyStore(IDocumentStore store, TimeProvider clock, ILogger<ChronologyStore> logger, IEnumerable<IChronologyObserver>? observers = null)
{
    /// <summary>Each failed round means another entry landed, so this bounds how many writers can race at once.</summary>
    private const int MaxAttempts = 64;

    public static string HeadKey(string caseRef) => StorageKey.Join("cases", caseRef, "chronology", "head.json");

    public static string EntryKey(string caseRef, long sequence) =>
        StorageKey.Join("cases", caseRef, "chronology", "entries", sequence.ToString("D8", System.Globalization.CultureInfo.InvariantCulture) + ".json");

    /// <summary>
    /// Appends the entry, or returns the entry already appended with the same idempotency key (a double
    /// click or a redelivery), with <see cref="AppendResult.Created"/> false.
    /// </summary>
    public async Task<AppendResult> AppendAsync(string caseRef, NewChronologyEntry entry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var head = await store.ReadAsync<ChronologyHead>(HeadKey(caseRef), cancellationToken);
            var current = head?.Value ?? ChronologyHead.Empty;
            if (entry.IdempotencyKey is { } key && current.Find(key) is { } done
                && await ReadAsync(caseRef, done, cancellationToken) is { } earlier)
                return new AppendResult(earlier, Created: false);

            if (entry.Corrects is { } corrected && (corrected < 1 || corrected > current.LastSequence))
                throw new ArgumentException("A correction points at an earlier entry of the same chronology.", nameof(entry));
            var next = ChronologyHash.Seal(new ChronologyEntry(
                current.LastSequence + 1, entry.Kind, entry.OccurredAt.ToUniversalTime(), clock.GetUtcNow().ToUniversalTime(),
                entry.Author, entry.Category, entry.Visibility, entry.Corrects, entry.IdempotencyKey, entry.Body,
                current.LastHash, ""));
            if (await store.TryCreateAsync(EntryKey(caseRef, next.Sequence), next, cancellationToken))
            {
                await MoveHeadAsync(caseRef, head, next, cancellationToken);
                foreach (var observer in observers ?? []) observer.Appended(caseRef, next);
                return new AppendResult(next, Created: true);
            }

            // The sequence is taken: by a writer racing this one, or by one that stopped before moving the head.
            var occupant = await ReadAsync(caseRef, next.Sequence, cancellationToken)
                ?? throw new ChronologyBrokenException(caseRef, next.Sequence, "the entry vanished after it was written");
            if (occupant.PreviousHash != current.LastHash)
                throw new ChronologyBrokenException(caseRef, next.Sequence, "the entry does not follow the head");
            await MoveHeadAsync(caseRef, head, occupant, cancellationToken);
            if (entry.IdempotencyKey is not null && occupant.IdempotencyKey == entry.IdempotencyKey)
                return new AppendResult(occupant, Created: false);
            Log.AppendRetried(logger, caseRef, next.Sequence, attempt);
        }
        throw new DocumentConflictException(HeadKey(caseRef));
    }

    public async Task<ChronologyEntry?> ReadAsync(string caseRef, long sequence, CancellationToken cancellationToken) =>
        (await store.ReadAsync<ChronologyEntry>(EntryKey(caseRef, sequence), cancellationToken))?.Value;

    /// <summary>
    /// The last sequence: the head's, plus any committed entry the head has not caught up with (one more read,
    /// normally finding nothing).
    /// </summary>
    public async Task<long> LastSequenceAsync(string caseRef, CancellationToken cancellationToken)
    {
        var last = (await store.ReadAsync<ChronologyHead>(HeadKey(caseRef), cancellationToken))?.Value.LastSequence ?? 0;
        while (await ReadAsync(caseRef, last + 1, cancellationToken) is not null) last++;
        return last;
    }

    /// <summary>The latest <paramref name="count"/> entries, newest first (fewer when the chronology is shorter).</summary>
    public async Task<IReadOnlyList<ChronologyEntry>> LatestAsync(string caseRef, int count, CancellationToken cancellationToken)
    {
        var last = await LastSequenceAsync(caseRef, cancellationToken);
        var sequences = Enumerable.Range(0, count).Select(i => last - i).Where(s => s >= 1);
        return [.. (await ReadManyAsync(caseRef, sequences, cancellationToken)).OfType<ChronologyEntry>()];
    }

    /// <summary>Entries by sequence, read in parallel; a missing one is null (which verification reports).</summary>
    public async Task<IReadOnlyList<ChronologyEntry?>> ReadManyAsync(string caseRef, IEnumerable<long> sequences, CancellationToken cancellationToken) =>
        await Task.WhenAll(sequences.Select(s => ReadAsync(caseRef, s, cancellationToken)));

    /// <summary>
    /// Moves the head to <paramref name="entry"/> from the version read. If someone else moved it first they
    /// moved it to this entry or past it (the only entry after the version read is this one), so a conflict is success.
    /// </summary>
    private async Task MoveHeadAsync(string caseRef, StoredDocument<ChronologyHead>? head, ChronologyEntry entry, CancellationToken cancellationToken)
    {
        var moved = (head?.Value ?? ChronologyHead.Empty).Advance(entry);
        try
        {
            if (head is null)
                await store.TryCreateAsync(HeadKey(caseRef), moved, cancellationToken);
            else
                await store.ReplaceAsync(HeadKey(caseRef), moved, head.ETag, cancellationToken);
        }
        catch (DocumentConflictException)
        {
        }
    }
}

/// <summary>The entry appended, or the one already there with the same idempotency key.</summary>
public sealed record AppendResult(ChronologyEntry Entry, bool Created);

/// <summary>The stored chronology contradicts itself; nothing is appended on top of it.</summary>
public sealed class ChronologyBrokenException(string caseRef, long sequence, string reason)
    : Exception($"The chronology of case {caseRef} is broken at entry {sequence}: {reason}.");
