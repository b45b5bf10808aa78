using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// How every change after submission is made: stored first (If-Match, at the revision the card showed), then recorded
/// (audit, <see cref="IReferralEvents"/>), then shown on the school's card by an idempotent update. A failed card
/// update never undoes the stored change; the caller tells the CSC worker.
/// </summary>
public sealed class ReferralChanges(ReferralStore referrals, ReferralPublisher publisher, IReferralEvents events, AuditLog audit,
    ILogger<ReferralChanges> logger)
{
    public const string SchoolCardNotUpdated =
        "The change is saved, but the school's card could not be updated yet: Teams did not accept the update after several tries. It will be brought up to date with the next change to this referral.";

    public const string Stale =
        "Someone else changed this referral a moment ago. This is how it is now; nothing you entered was saved.";

    /// <exception cref="ReferralChangedException">The referral is no longer at <paramref name="expectedRevision"/>, or <paramref name="change"/> found it moved on.</exception>
    public async Task<ChangeResult> ApplyAsync(Turn turn, string verb, Referral referral, int? expectedRevision, string eventName,
        bool newRevision, Func<Referral, Referral> change, CancellationToken cancellationToken)
    {
        Referral updated;
        try
        {
            updated = await referrals.UpdateAsync(referral.CaseRef, referral.Id, expectedRevision, newRevision, change, cancellationToken);
        }
        catch (ReferralChangedException stale)
        {
            Log.StaleCard(logger, turn.CorrelationId, referral.CaseRef, referral.Id, expectedRevision ?? referral.Revision, stale.Current.Revision);
            throw;
        }
        Log.Changed(logger, turn.CorrelationId, updated.CaseRef, updated.Id, eventName);
        await audit.RecordAsync(updated.CaseRef, verb, turn, eventName, cancellationToken);
        await events.RecordAsync(new ReferralEvent("referral." + eventName, updated, updated.History[^1]), cancellationToken);
        var schoolCardUpdated = await publisher.UpdateSchoolCardAsync(updated, cancellationToken);
        // Acted on from a personal chat: the desk's own card must show it too (a failure leaves it for the next change).
        if (turn.IsPersonal) await publisher.UpdateDeskCardAsync(updated, cancellationToken);
        return new ChangeResult(updated, schoolCardUpdated);
    }

    /// <summary>A revision as a card sends it back (a string), or null when it is not one.</summary>
    public static int? ParseRevision(string? revision) =>
        int.TryParse(revision, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : null;

    public static ReferralHistoryEntry Entry(DateTimeOffset at, string eventName, BotUser by, string detail) =>
        new(at, eventName, ReferralPersons.From(by), detail);
}

public sealed record ChangeResult(Referral Referral, bool SchoolCardUpdated);
