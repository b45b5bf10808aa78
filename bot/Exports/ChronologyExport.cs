using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// Reads a whole chronology once, checking the hash chain on the way (as <see cref="ChronologyVerifier"/> does),
/// so that an export says whether the record it holds is intact.
/// </summary>
public sealed class ChronologyExport(ChronologyStore store)
{
    private const int Batch = 32;

    public async Task<ExportedChronology> ReadAsync(string caseRef, CancellationToken cancellationToken)
    {
        var last = await store.LastSequenceAsync(caseRef, cancellationToken);
        var entries = new List<ChronologyEntry>();
        var previousHash = ChronologyHash.Genesis;
        long? brokenAt = null;
        var problem = "";
        for (long from = 1; from <= last; from += Batch)
        {
            var sequences = Enumerable.Range(0, (int)Math.Min(Batch, last - from + 1)).Select(i => from + i).ToArray();
            var read = await store.ReadManyAsync(caseRef, sequences, cancellationToken);
            for (var i = 0; i < sequences.Length; i++)
            {
                if (brokenAt is null && ChronologyVerifier.Check(sequences[i], read[i], previousHash) is { } why)
                    (brokenAt, problem) = (sequences[i], why);
                if (read[i] is { } entry)
                {
                    entries.Add(entry);
                    previousHash = entry.Hash;
                }
            }
        }
        return new ExportedChronology(caseRef, entries, new ChainReport(last, brokenAt, problem));
    }
}

/// <summary>Every entry that could be read, in order, and the chain check over them.</summary>
public sealed record ExportedChronology(string CaseRef, IReadOnlyList<ChronologyEntry> Entries, ChainReport Chain)
{
    /// <summary>The chain check in words, as both files carry it.</summary>
    public string ChainStatement => Chain.BrokenAt is { } at
        ? $"WARNING: the chronology is broken at entry {at}: {Chain.Problem}. Entries before it are intact; tell your data protection lead."
        : $"Intact: all {Chain.Count} entries are in order, each carrying the hash of the one before.";
}
