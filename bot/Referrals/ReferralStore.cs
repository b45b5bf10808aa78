using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Referral documents and each case's list of referrals. Every change goes through
/// <see cref="IDocumentStore.UpdateAsync{T}"/> (If-Match), and a change made from a card states the revision that
/// card showed: when someone else changed the referral first, <see cref="ReferralChangedException"/> carries the
/// current state instead of the change being applied on top of theirs.
/// </summary>
public sealed class ReferralStore(IDocumentStore store)
{
    public static string Key(string caseRef, string referralId) =>
        StorageKey.Join("cases", caseRef, "referrals", referralId + ".json");

    public static string IndexKey(string caseRef) => StorageKey.Join("cases", caseRef, "referrals", "index.json");

    public async Task<Referral?> FindAsync(string caseRef, string referralId, CancellationToken cancellationToken) =>
        ReferralIds.IsValid(referralId)
            ? (await store.ReadAsync<Referral>(Key(caseRef, referralId), cancellationToken))?.Value
            : null;

    /// <summary>False when a referral with this id exists already (the same form submitted twice).</summary>
    public async Task<bool> TryCreateAsync(Referral referral, CancellationToken cancellationToken)
    {
        if (!await store.TryCreateAsync(Key(referral.CaseRef, referral.Id), referral, cancellationToken)) return false;
        await store.UpdateAsync<ReferralIndex>(IndexKey(referral.CaseRef), current => new ReferralIndex(
            [.. (current?.ReferralIds ?? []).Where(id => id != referral.Id), referral.Id]), cancellationToken);
        return true;
    }

    /// <summary>The case's most recent referral, or null.</summary>
    public async Task<Referral?> LatestAsync(string caseRef, CancellationToken cancellationToken)
    {
        var index = (await store.ReadAsync<ReferralIndex>(IndexKey(caseRef), cancellationToken))?.Value;
        return index is { ReferralIds.Count: > 0 } ? await FindAsync(caseRef, index.ReferralIds[^1], cancellationToken) : null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the referral as stored, if it is still at <paramref name="expectedRevision"/>
    /// (null: whatever it is now), and raises the revision when <paramref name="newRevision"/>: a change the desk card
    /// shows (status, holder, decision, challenge) makes older desk cards stale; bookkeeping (card ids, status
    /// requests) does not. <paramref name="change"/> may run more than once and may throw <see cref="ReferralChangedException"/>.
    /// </summary>
    /// <exception cref="ReferralChangedException">The referral moved on since the card was shown.</exception>
    public async Task<Referral> UpdateAsync(string caseRef, string referralId, int? expectedRevision, bool newRevision,
        Func<Referral, Referral> change, CancellationToken cancellationToken)
    {
        var stored = await store.UpdateAsync<Referral>(Key(caseRef, referralId), current =>
        {
            if (current is null) throw new InvalidOperationException("The referral disappeared while it was being changed.");
            if (expectedRevision is { } expected && current.Revision != expected) throw new ReferralChangedException(current);
            var next = change(current);
            return next with { Revision = current.Revision + (newRevision ? 1 : 0) };
        }, cancellationToken);
        return stored.Value;
    }

    /// <summary>Bookkeeping that the desk card does not show: no revision check, no new revision.</summary>
    public Task<Referral> AmendAsync(string caseRef, string referralId, Func<Referral, Referral> change, CancellationToken cancellationToken) =>
        UpdateAsync(caseRef, referralId, null, newRevision: false, change, cancellationToken);
}

/// <summary>The referrals of one case, oldest first.</summary>
public sealed record ReferralIndex(IReadOnlyList<string> ReferralIds);

/// <summary>The card that was acted on no longer shows the referral as it is: <see cref="Current"/> is how it is.</summary>
public sealed class ReferralChangedException(Referral current) : Exception("The referral was changed by someone else.")
{
    public Referral Current { get; } = current;
}
