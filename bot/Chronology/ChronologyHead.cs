namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// <c>cases/&lt;ref&gt;/chronology/head.json</c>: the last sequence and its hash, and the idempotency keys of
/// the most recent entries. The entry blobs are the record (each is created with If-None-Match, which is
/// the commit); the head only saves a listing and may lag one entry behind after a crash, which the next
/// writer or reader rolls forward.
/// </summary>
public sealed record ChronologyHead(long LastSequence, string LastHash, IReadOnlyList<RecentKey> RecentKeys)
{
    /// <summary>Enough for any double click or redelivery, small enough to keep the head one cheap read.</summary>
    public const int RecentKeyLimit = 64;

    public static ChronologyHead Empty { get; } = new(0, ChronologyHash.Genesis, []);

    public long? Find(string idempotencyKey) =>
        RecentKeys.FirstOrDefault(k => k.Key == idempotencyKey)?.Sequence;

    public ChronologyHead Advance(ChronologyEntry entry) => new(
        entry.Sequence,
        entry.Hash,
        entry.IdempotencyKey is { } key
            ? [.. RecentKeys.Skip(Math.Max(0, RecentKeys.Count - RecentKeyLimit + 1)), new RecentKey(key, entry.Sequence)]
            : RecentKeys);
}

public sealed record RecentKey(string Key, long Sequence);
