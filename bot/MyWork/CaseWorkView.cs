using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.MyWork;

/// <summary>
/// Derives a case's open items from every <see cref="IWorkSource"/> and keeps them in one small document, redrawn after
/// each chronology entry (every change that opens or closes an item is one). Reading a person's list then costs one
/// read per case, whatever the size of the case's records or chronology.
/// <para>
/// Two redraws can race (two instances, or a redraw and a first read). Each records the chronology entry it was built
/// after, and a write never replaces a document built after a later entry, so a slow, stale redraw cannot undo a newer
/// one.
/// </para>
/// </summary>
public sealed class CaseWorkView(IDocumentStore store, IEnumerable<IWorkSource> sources, ChronologyStore chronology, TimeProvider clock) : ICaseView
{
    public string Name => "work";

    public static string Key(string caseRef) => StorageKey.Join("cases", caseRef, "work.json");

    public async Task RefreshAsync(CaseFile file, CancellationToken cancellationToken) => await BuildAsync(file, cancellationToken);

    /// <summary>The stored items, or, for a case never derived yet, derived now.</summary>
    public async Task<CaseWork> GetAsync(CaseFile file, CancellationToken cancellationToken) =>
        (await store.ReadAsync<CaseWork>(Key(file.CaseRef), cancellationToken))?.Value ?? await BuildAsync(file, cancellationToken);

    public async Task<CaseWork> BuildAsync(CaseFile file, CancellationToken cancellationToken)
    {
        var upTo = await chronology.LastSequenceAsync(file.CaseRef, cancellationToken);
        var found = await Task.WhenAll(sources.Select(s => s.OpenItemsAsync(file, cancellationToken)));
        var built = new CaseWork([.. found.SelectMany(items => items).OrderBy(i => i.DueAt)], upTo, clock.GetUtcNow());
        var stored = await store.UpdateAsync<CaseWork>(Key(file.CaseRef),
            current => current is not null && current.UpToEntry > built.UpToEntry ? current : built, cancellationToken);
        return stored.Value;
    }
}
