namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// Walks a case's chronology from the first entry and reports the first broken link: a missing entry, an
/// entry under the wrong number, a hash that does not match the entry, or a previous hash that does not
/// match the entry before it.
/// </summary>
public sealed class ChronologyVerifier(ChronologyStore store)
{
    private const int Batch = 32;

    public async Task<ChainReport> VerifyAsync(string caseRef, CancellationToken cancellationToken)
    {
        var last = await store.LastSequenceAsync(caseRef, cancellationToken);
        var previousHash = ChronologyHash.Genesis;
        for (long from = 1; from <= last; from += Batch)
        {
            var sequences = Enumerable.Range(0, (int)Math.Min(Batch, last - from + 1)).Select(i => from + i).ToArray();
            var entries = await store.ReadManyAsync(caseRef, sequences, cancellationToken);
            for (var i = 0; i < sequences.Length; i++)
            {
                if (Check(sequences[i], entries[i], previousHash) is { } problem)
                    return new ChainReport(last, sequences[i], problem);
                previousHash = entries[i]!.Hash;
            }
        }
        return new ChainReport(last, null, "");
    }

    /// <summary>Why <paramref name="entry"/> does not belong at <paramref name="sequence"/>, or null when it does.</summary>
    public static string? Check(long sequence, ChronologyEntry? entry, string previousHash) => entry switch
    {
        null => "the entry is missing",
        _ when entry.Sequence != sequence => $"the entry stored there says it is entry {entry.Sequence}",
        _ when entry.PreviousHash != previousHash => "it does not point at the entry before it",
        _ when ChronologyHash.Compute(entry) != entry.Hash => "its content does not match its hash (it was changed after it was written)",
        _ => null,
    };
}

/// <summary>The outcome of a verification: how many entries, and the first that breaks the chain, if any.</summary>
public sealed record ChainReport(long Count, long? BrokenAt, string Problem)
{
    public bool Intact => BrokenAt is null;
}
