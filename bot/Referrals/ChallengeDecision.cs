using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Inputs of the school card's "Challenge this decision".</summary>
public sealed record ChallengeDecisionData(string? CaseRef, string? ReferralId, string? Reason);

/// <summary>
/// The school disagrees with a decision: the challenge and its reason are recorded on the referral and handed to
/// <see cref="IEscalationStarter"/>, which starts stage 1 of the local escalation policy.
/// </summary>
public sealed class ChallengeDecision(CaseAccess access, ReferralStore referrals, ReferralChanges changes, ReferralPublisher publisher,
    ReferralCardBuilder build, IEscalationStarter escalations, AuditLog audit, TimeProvider clock) : IVerbHandler<ChallengeDecisionData>
{
    public static string Verb => "referral.challenge";

    public async Task<TurnReply> HandleAsync(Turn turn, ChallengeDecisionData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        if (!ReferralRules.MayRefer(grant.Case, grant.User.Key))
        {
            await audit.RecordAsync(grant.Case.CaseRef, Verb, turn, "refused:not-school-referrer", cancellationToken);
            return TurnReply.Problem("Only the school's designated safeguarding lead, a deputy, or the school's case lead can challenge a decision. The refusal was recorded.");
        }
        var referral = data.ReferralId is { } id ? await referrals.FindAsync(grant.Case.CaseRef, id, cancellationToken) : null;
        if (referral is null)
            return TurnReply.Problem("That referral could not be found in this case.");
        if (referral is not { Status: ReferralStatus.Decided, Decision: not null } || referral.Challenge is not null)
            return TurnReply.Card("referrals/status", build.Status(referral,
                referral.Challenge is null ? "Only a decision can be challenged." : "This decision has already been challenged."));
        var reason = ReferralRules.Clean(data.Reason);
        if (reason.Length == 0)
            return TurnReply.Problem("Say why the school disagrees with the decision: it goes to CSC with the challenge.");
        if (reason.Length > ReferralRules.MaxTextLength)
            return TurnReply.Problem($"The reason can be up to {ReferralRules.MaxTextLength} characters.");

        var now = clock.GetUtcNow();
        var challenge = new ReferralChallenge(reason, ReferralPersons.From(grant.User), now);
        ChangeResult result;
        try
        {
            result = await changes.ApplyAsync(turn, Verb, referral, null, "challenged", newRevision: true, r => r.Challenge is not null
                ? throw new ReferralChangedException(r)
                : r with { Challenge = challenge, History = [.. r.History, ReferralChanges.Entry(now, "challenged", grant.User, reason)] },
                cancellationToken);
        }
        catch (ReferralChangedException stale)
        {
            return TurnReply.Card("referrals/status", build.Status(stale.Current, "This decision has already been challenged."));
        }
        await escalations.StartAsync(new EscalationRequest(referral.CaseRef, referral.Id, result.Referral.Decision!, challenge, referral.Desk), cancellationToken);
        await publisher.UpdateDeskCardAsync(result.Referral, cancellationToken);
        return TurnReply.Card("referrals/status", build.Status(result.Referral));
    }
}
