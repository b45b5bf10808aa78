using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// The access check for actions on the CSC side of a referral (its desk card and status-request cards): the action
/// must come from the desk channel the referral was sent to, from a member of that channel's roster or someone with a
/// CSC role in the case. Every refusal is audited in the case's log.
/// </summary>
public sealed class CscDeskAccess(CaseStore cases, ReferralStore referrals, ChannelRoster roster, AuditLog audit, ILogger<CscDeskAccess> logger)
{
    public async Task<CscDeskGrant> RequireAsync(string? caseRefFromAction, string? referralId, Turn turn, string action, CancellationToken cancellationToken)
    {
        if (!CaseReferences.TryNormalise(caseRefFromAction, out var caseRef) || !ReferralIds.IsValid(referralId))
            throw await RefuseAsync(null, turn, action, "invalid-referral", "That card does not name a valid referral.", cancellationToken);
        if (turn.User is not { } user)
            throw await RefuseAsync(caseRef, turn, action, "no-identity", "Teams did not say who you are, so the bot cannot check that you may act for children's social care.", cancellationToken);

        var referral = await referrals.FindAsync(caseRef, referralId!, cancellationToken);
        if (referral is null)
            throw await RefuseAsync(caseRef, turn, action, "no-such-referral", "That referral could not be found.", cancellationToken);
        var desk = await cases.FindChannelAsync(referral.Desk.ChannelId, cancellationToken);
        if (desk is not { Kind: ChannelKind.Desk } || turn.ChannelId != referral.Desk.ChannelId)
            throw await RefuseAsync(caseRef, turn, action, "wrong-conversation",
                "This action belongs to the referral's thread in the children's social care front-door channel, so it was refused and recorded.", cancellationToken);

        var file = await cases.FindCaseAsync(caseRef, cancellationToken)
            ?? throw await RefuseAsync(caseRef, turn, action, "no-such-case", "That case could not be found.", cancellationToken);
        var mayAct = ReferralRules.HasCscRole(file, user.Key)
            || (await roster.MemberObjectIdsAsync(desk.Channel, cancellationToken)).Contains(user.AadObjectId);
        if (!mayAct)
            throw await RefuseAsync(caseRef, turn, action, "not-csc",
                "Only members of the children's social care front door, or CSC workers on this case, can act on a referral. The refusal was recorded.", cancellationToken);
        return new CscDeskGrant(referral, file, user);
    }

    private async Task<UserFacingException> RefuseAsync(string? caseRef, Turn turn, string action, string reason, string message, CancellationToken cancellationToken)
    {
        Log.Refused(logger, turn.CorrelationId, action, reason);
        await audit.RecordAsync(caseRef, action, turn, "refused:" + reason, cancellationToken);
        return new CaseAccessDeniedException(message);
    }
}

public sealed record CscDeskGrant(Referral Referral, CaseFile Case, BotUser User);
