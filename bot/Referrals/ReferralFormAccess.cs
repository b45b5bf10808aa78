using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// The checks every action on the referral form makes first: the case's access check, then that the person may refer
/// for the school (refusals audited), then that the form is one the bot made.
/// </summary>
public sealed class ReferralFormAccess(CaseAccess access, AuditLog audit)
{
    /// <summary>The grant, or the reply that refuses (with the grant null).</summary>
    public async Task<(CaseAccessGrant? Grant, TurnReply? Refusal)> RequireReferrerAsync(Turn turn, string? caseRef, string? referralId,
        string verb, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(caseRef, turn, verb, cancellationToken);
        if (!ReferralRules.MayRefer(grant.Case, grant.User.Key))
        {
            await audit.RecordAsync(grant.Case.CaseRef, verb, turn, "refused:not-school-referrer", cancellationToken);
            return (null, TurnReply.Problem(StartReferral.NotAReferrer));
        }
        if (!ReferralIds.IsValid(referralId))
            return (null, TurnReply.Problem("This form is not one the bot made. Type 'refer' for a new one."));
        return (grant, null);
    }
}
