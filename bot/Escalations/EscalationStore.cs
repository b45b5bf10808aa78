using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Escalation documents; every change is a conditional update (re-read and re-applied on conflict).</summary>
public sealed class EscalationStore(IDocumentStore store)
{
    public static string Key(string caseRef, string id) => StorageKey.Join("cases", caseRef, "escalations", id + ".json");

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
        return (stored.Value, created);
    }

    /// <summary>Applies <paramref name="change"/> (pure: it may run more than once) to the stored escalation.</summary>
    public async Task<Escalation> UpdateAsync(string caseRef, string id, Func<Escalation, Escalation> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync<Escalation>(Key(caseRef, id),
            current => change(current ?? throw new EscalationGoneException()), cancellationToken)).Value;
}

public sealed class EscalationGoneException() : Exception("The escalation is no longer stored.");
