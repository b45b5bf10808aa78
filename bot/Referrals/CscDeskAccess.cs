using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// The access check for actions on the CSC side of a referral (its desk card and status-request cards): the action
/// must come from the desk channel the referral was sent to, from a member of that channel's roster or someone with a
/// CSC role in the case; or from the personal chat of a CSC worker on the case. Every refusal is audited in the case's log.
/// </summary>
public sealed class CscDeskAccess(CaseStore cases, ReferralStore referrals, ChannelRoster roster, CaseAccess caseAccess, AuditLog audit,
    ILogger<CscDeskAccess> logger)
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
        if (turn.IsPersonal) return await RequireFromPersonalChatAsync(referral, user, turn, action, cancellationToken);
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

    /// <summary>
    /// A CSC worker on the case acting from their personal chat (the desk card opened from 'my work'): as for any action
    /// away from the case's channel, they must hold a role in the case and still be in its channel; and the role must be CSC's.
    /// </summary>
    private async Task<CscDeskGrant> RequireFromPersonalChatAsync(Referral referral, BotUser user, Turn turn, string action, CancellationToken cancellationToken)
    {
        var file = await cases.FindCaseAsync(referral.CaseRef, cancellationToken)
            ?? throw await RefuseAsync(referral.CaseRef, turn, action, "no-such-case", "That case could not be found.", cancellationToken);
        if (await caseAccess.PersonalGrantAsync(file, user, cancellationToken) is not { Member.Agency: Agency.Csc } grant)
            throw await RefuseAsync(referral.CaseRef, turn, action, "not-csc-personal",
                "From a personal chat, only children's social care workers with a role in this case, still in its channel, can act on its referral. The refusal was recorded.", cancellationToken);
        return new CscDeskGrant(referral, file, grant.User);
    }

    private async Task<UserFacingException> RefuseAsync(string? caseRef, Turn turn, string action, string reason, string message, CancellationToken cancellationToken)
    {
        Log.Refused(logger, turn.CorrelationId, action, reason);
        await audit.RecordAsync(caseRef, action, turn, "refused:" + reason, cancellationToken);
        return new CaseAccessDeniedException(message);
    }
}

public sealed record CscDeskGrant(Referral Referral, CaseFile Case, BotUser User);
