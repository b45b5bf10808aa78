using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Inputs of the escalation card's actions; <c>stage</c> is the stage the card showed.</summary>
public sealed record EscalationActionData(string? CaseRef, string? EscalationId, string? Stage, string? Outcome, string? Reason, string? NextReason);

/// <summary>
/// The checks every action on an escalation card shares: access, the escalation, the stage shown. A card is clicked in
/// the case channel (<see cref="CaseAccess"/>), on the owner's copy in a personal chat (<see cref="CaseAccess"/>'s
/// personal-chat path: a role in the case and still in its channel), or on the owner's copy in their agency's desk
/// channel: there the desk must be the one the current copy was posted to, and the person a member of that desk's
/// roster or of the case. Anything else is refused and audited.
/// </summary>
public sealed class EscalationAction(CaseAccess access, CaseStore cases, ChannelRoster roster, AuditLog audit, EscalationStore store,
    ILogger<EscalationAction> logger)
{
    /// <summary><c>FromOwnerDesk</c>: the action came from a member of the desk channel that holds the current stage's copy.</summary>
    public async Task<(CaseAccessGrant Grant, Escalation Escalation, int Stage, bool FromOwnerDesk)> LoadAsync(Turn turn, string verb,
        EscalationActionData data, CancellationToken cancellationToken)
    {
        if (turn.ChannelId is { } channelId && await cases.FindChannelAsync(channelId, cancellationToken) is { Kind: ChannelKind.Desk } desk)
            return await FromDeskAsync(desk, turn, verb, data, cancellationToken);
        var grant = await access.RequireAsync(data.CaseRef, turn, verb, CaseReach.CaseChannelOrPersonalChat, cancellationToken);
        var (escalation, stage) = await FindAsync(grant.Case.CaseRef, turn, verb, data, cancellationToken);
        return (grant, escalation, stage, false);
    }

    private async Task<(CaseAccessGrant, Escalation, int, bool)> FromDeskAsync(ChannelLink desk, Turn turn, string verb, EscalationActionData data,
        CancellationToken cancellationToken)
    {
        if (!CaseReferences.TryNormalise(data.CaseRef, out var caseRef) || await cases.FindCaseAsync(caseRef, cancellationToken) is not { } file)
            throw await RefuseAsync(null, turn, verb, "invalid-case-ref", "That card does not name a valid case. The refusal was recorded.", cancellationToken);
        if (turn.User is not { } user)
            throw await RefuseAsync(caseRef, turn, verb, "no-identity", "Teams did not say who you are, so the bot cannot check your access to this case.", cancellationToken);
        var (escalation, stage) = await FindAsync(caseRef, turn, verb, data, cancellationToken);
        if (escalation.OwnerCopy is not { Place: OwnerPlace.Desk } copy || copy.Card.ConversationId != desk.Channel.ChannelId)
            throw await RefuseAsync(caseRef, turn, verb, "wrong-conversation",
                "This escalation is not with this desk, so the action was refused and recorded.", cancellationToken);
        var member = file.FindMember(user.Key);
        var onDesk = (await roster.MemberObjectIdsAsync(desk.Channel, cancellationToken)).Contains(user.AadObjectId);
        if (member is null && !onDesk)
            throw await RefuseAsync(caseRef, turn, verb, "not-desk-member",
                "Only members of this desk, or professionals with a role in the case, can act on it here. The refusal was recorded.", cancellationToken);
        // Only the desk's own members answer for it; someone else with a role in the case is checked as in the case channel.
        return (new CaseAccessGrant(file, user, member), escalation, stage, onDesk && copy.Stage == escalation.Stage);
    }

    private async Task<(Escalation, int)> FindAsync(string caseRef, Turn turn, string verb, EscalationActionData data, CancellationToken cancellationToken)
    {
        var escalation = await store.FindAsync(caseRef, data.EscalationId ?? "", cancellationToken);
        if (escalation is null || !int.TryParse(data.Stage, System.Globalization.CultureInfo.InvariantCulture, out var stage))
            throw await RefuseAsync(caseRef, turn, verb, "no-such-escalation", "That escalation could not be found in this case. The refusal was recorded.", cancellationToken);
        return (escalation, stage);
    }

    public async Task<UserFacingException> RefuseAsync(string? caseRef, Turn turn, string verb, string reason, string message, CancellationToken cancellationToken)
    {
        Log.Refused(logger, turn.CorrelationId, verb, reason);
        await audit.RecordAsync(caseRef, verb, turn, "refused:" + reason, cancellationToken);
        return new CaseAccessDeniedException(message);
    }

    public static EscalationPerson Person(CaseAccessGrant grant) =>
        new(grant.User.Key, grant.Member?.Name ?? grant.User.DisplayName, grant.Member?.Agency ?? Agency.Other);
}
