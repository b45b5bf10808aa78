using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Escalations;

/// <summary>What may stall in a case: a referral (its acknowledgement, decision and update requests), an escalation, an early concern's review.</summary>
public enum StalledItemKind { Referral, Escalation, ConcernReview }

/// <summary>One item of a case that may stall: its id, and for a concern review the date it is due by.</summary>
public sealed record StalledItemRef(StalledItemKind Kind, string Id, DateTimeOffset? DueBy = null);

/// <summary>The items of one case opened so far and not yet found closed by a digest.</summary>
public sealed record CaseStalledItems(IReadOnlyList<StalledItemRef> Items);

/// <summary>The cases a desk is linked to (a referral of the case went to it).</summary>
public sealed record DeskStalledCases(IReadOnlyList<string> CaseRefs);

/// <summary>
/// The small indexes that let the digest list a desk's open items without reading every case: per desk, the cases
/// linked to it; per case, the items opened. Items are added where they open (as their timers are set, see
/// <see cref="StalledWorkDigestIndexing"/>) and removed by the digest once it finds them closed. Both documents are
/// changed with <see cref="IDocumentStore.UpdateAsync{T}"/>, so concurrent changes re-read and never overwrite.
/// </summary>
public sealed class StalledWorkDigestIndex(IDocumentStore store)
{
    public static string CaseKey(string caseRef) => StorageKey.Join("cases", caseRef, "stalled-work.json");

    public static string DeskKey(string deskChannelId) =>
        StorageKey.Join("desks", StorageKey.Hash(deskChannelId), "stalled-work-cases.json");

    /// <summary>Two requests for a new item (read, then create or replace If-Match), one for an item already there.</summary>
    public async Task AddItemAsync(string caseRef, StalledItemRef item, CancellationToken cancellationToken)
    {
        var key = CaseKey(caseRef);
        var read = await store.ReadAsync<CaseStalledItems>(key, cancellationToken);
        if (read is not null && read.Value.Items.Contains(item)) return;
        try
        {
            if (read is null ? await store.TryCreateAsync(key, new CaseStalledItems([item]), cancellationToken)
                : await ReplacedAsync(key, new CaseStalledItems([.. read.Value.Items, item]), read.ETag, cancellationToken))
                return;
        }
        catch (DocumentConflictException)
        {
        }
        // Someone changed it since our read: re-read and merge.
        await store.UpdateAsync<CaseStalledItems>(key, current =>
            current is not null && current.Items.Contains(item) ? current : new([.. current?.Items ?? [], item]), cancellationToken);
    }

    private async Task<bool> ReplacedAsync(string key, CaseStalledItems value, Azure.ETag etag, CancellationToken cancellationToken)
    {
        await store.ReplaceAsync(key, value, etag, cancellationToken);
        return true;
    }

    public async Task LinkDeskAsync(string deskChannelId, string caseRef, CancellationToken cancellationToken)
    {
        if ((await CasesOfDeskAsync(deskChannelId, cancellationToken)).Contains(caseRef, StringComparer.Ordinal)) return;
        await store.UpdateAsync<DeskStalledCases>(DeskKey(deskChannelId), current =>
            current is not null && current.CaseRefs.Contains(caseRef, StringComparer.Ordinal)
                ? current
                : new([.. current?.CaseRefs ?? [], caseRef]), cancellationToken);
    }

    public async Task<IReadOnlyList<StalledItemRef>> ItemsAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<CaseStalledItems>(CaseKey(caseRef), cancellationToken))?.Value.Items ?? [];

    public async Task<IReadOnlyList<string>> CasesOfDeskAsync(string deskChannelId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<DeskStalledCases>(DeskKey(deskChannelId), cancellationToken))?.Value.CaseRefs ?? [];

    public Task RemoveItemsAsync(string caseRef, IReadOnlyCollection<StalledItemRef> closed, CancellationToken cancellationToken) =>
        closed.Count == 0
            ? Task.CompletedTask
            : store.UpdateAsync<CaseStalledItems>(CaseKey(caseRef),
                current => new([.. (current?.Items ?? []).Where(i => !closed.Contains(i))]), cancellationToken);
}
