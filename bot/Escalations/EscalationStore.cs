using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Escalation documents; every change is a conditional update (re-read and re-applied on conflict).</summary>
public sealed class EscalationStore(IDocumentStore store)
{
    public static string Key(string caseRef, string id) => StorageKey.Join("cases", caseRef, "escalations", id + ".json");

    public static string IndexKey(string caseRef) => StorageKey.Join("cases", caseRef, "escalations", "index.json");

    /// <summary>Every escalation of the case, oldest first (the case summary lists the open ones).</summary>
    public async Task<IReadOnlyList<Escalation>> ListAsync(string caseRef, CancellationToken cancellationToken)
    {
        var ids = (await store.ReadAsync<EscalationIndex>(IndexKey(caseRef), cancellationToken))?.Value.Ids ?? [];
        return [.. (await Task.WhenAll(ids.Select(id => FindAsync(caseRef, id, cancellationToken)))).OfType<Escalation>()];
    }

    public async Task<Escalation?> FindAsync(string caseRef, string id, CancellationToken cancellationToken) =>
        EscalationRules.IsId(id) ? (await store.ReadAsync<Escalation>(Key(caseRef, id), cancellationToken))?.Value : null;

    /// <summary>Creates it, or returns the one already there (a retried submit) with false.</summary>
    public async Task<(Escalation Escalation, bool Created)> CreateAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        var created = false;
        var stored = await store.UpdateAsync<Escalation>(Key(escalation.CaseRef, escalation.Id), current =>
        {
            created = current is null;
            return current ?? escalation;
        }, cancellationToken);
        // Also after a retry that found it created: a failure between the two writes left the index behind.
        await store.UpdateAsync<EscalationIndex>(IndexKey(escalation.CaseRef), index => index is null ? new EscalationIndex([escalation.Id])
            : index.Ids.Contains(escalation.Id) ? index : new EscalationIndex([.. index.Ids, escalation.Id]), cancellationToken);
        return (stored.Value, created);
    }

    /// <summary>Applies <paramref name="change"/> (pure: it may run more than once) to the stored escalation.</summary>
    public async Task<Escalation> UpdateAsync(string caseRef, string id, Func<Escalation, Escalation> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync<Escalation>(Key(caseRef, id),
            current => change(current ?? throw new EscalationGoneException()), cancellationToken)).Value;
}

/// <summary>The ids of a case's escalations, in the order they were raised.</summary>
public sealed record EscalationIndex(IReadOnlyList<string> Ids);

public sealed class EscalationGoneException() : Exception("The escalation is no longer stored.");
