using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>An action on the desk card that states the revision the card showed.</summary>
public sealed record ReferralActionData(string? CaseRef, string? ReferralId, string? Revision);

/// <summary>A front-door worker acknowledges the referral: received, and held by them.</summary>
public sealed class AcknowledgeReferral(CscDeskAccess access, ReferralChanges changes, ReferralCardBuilder build, TimeProvider clock)
    : IVerbHandler<ReferralActionData>
{
    public static string Verb => "referral.acknowledge";

    public async Task<TurnReply> HandleAsync(Turn turn, ReferralActionData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, data.ReferralId, turn, Verb, cancellationToken);
        if (ReferralChanges.ParseRevision(data.Revision) is not { } revision)
            return TurnReply.Problem("This card is not one the bot made. Nothing was changed.");
        try
        {
            var now = clock.GetUtcNow();
            var who = ReferralPersons.From(grant.User);
            var result = await changes.ApplyAsync(turn, Verb, grant.Referral, revision, "acknowledged", newRevision: true, r => r.Status != ReferralStatus.Submitted ? throw new ReferralChangedException(r) : r with
            {
                Status = ReferralStatus.Acknowledged,
                Holder = who,
                AcknowledgedBy = who,
                AcknowledgedAt = now,
                History = [.. r.History, ReferralChanges.Entry(now, "acknowledged", grant.User, "Received at the front door")],
            }, cancellationToken);
            return TurnReply.Card("referrals/desk",
                build.Desk(result.Referral, notice: result.SchoolCardUpdated ? "" : ReferralChanges.SchoolCardNotUpdated), shared: true);
        }
        catch (ReferralChangedException stale)
        {
            return TurnReply.Card("referrals/desk", build.Desk(stale.Current, ReferralChanges.Stale));
        }
    }
}
