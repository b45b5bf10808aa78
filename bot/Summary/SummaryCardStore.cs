using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Summary;

/// <summary>Where a case's living summary card is (<c>cases/&lt;ref&gt;/summary-card.json</c>), so changes redraw it in place.</summary>
public sealed class SummaryCardStore(IDocumentStore store)
{
    public static string Key(string caseRef) => StorageKey.Join("cases", caseRef, "summary-card.json");

    public async Task<SummaryCardRef?> FindAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<SummaryCardRef>(Key(caseRef), cancellationToken))?.Value;

    public Task SaveAsync(string caseRef, SummaryCardRef card, CancellationToken cancellationToken) =>
        store.UpdateAsync<SummaryCardRef>(Key(caseRef), _ => card, cancellationToken);
}

/// <summary>The summary message: its conversation (the case channel) and activity id.</summary>
public sealed record SummaryCardRef(string ServiceUrl, string ConversationId, string ActivityId);
