using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// The one check every case read and write goes through: the action must come from the case's own
/// channel, from a person of an allowed organisation, identified by home tenant and AAD object id, who is
/// in that channel's roster or holds a role in the case. Actions that make sense away from the channel (logging a
/// concern) may also come from the person's personal chat with the bot; there, with no channel to vouch for them,
/// the person must both hold a role in the case and still be in its channel. Every refusal is audited.
/// </summary>
public sealed class CaseAccess(CaseStore cases, AgencyTenants tenants, AuditLog audit, ILogger<CaseAccess> logger)
{
    public Task<CaseAccessGrant> RequireAsync(string? caseRefFromAction, Turn turn, string action, CancellationToken cancellationToken) =>
        RequireAsync(caseRefFromAction, turn, action, CaseReach.CaseChannel, cancellationToken);

    public async Task<CaseAccessGrant> RequireAsync(string? caseRefFromAction, Turn turn, string action, CaseReach reach, CancellationToken cancellationToken)
    {
        if (!CaseReferences.TryNormalise(caseRefFromAction, out var caseRef))
            throw await RefuseAsync(null, turn, action, "invalid-case-ref", "That card does not name a valid case.", cancellationToken);

        // A reference that names no case is recorded apart, so that a case made later does not inherit it.
        var file = await cases.FindCaseAsync(caseRef, cancellationToken);
        if (file is null)
            throw await RefuseAsync(null, turn, action, "no-such-case", "That case could not be found.", cancellationToken);

        if (turn.User is not { } user)
            throw await RefuseAsync(caseRef, turn, action, "no-identity", "Teams did not say who you are, so the bot cannot check your access to this case.", cancellationToken);

        if (reach == CaseReach.CaseChannelOrPersonalChat && turn.IsPersonal)
            return await RequireFromPersonalChatAsync(file, user, turn, action, cancellationToken);

        var link = turn.ChannelId is { } channelId ? await cases.FindChannelAsync(channelId, cancellationToken) : null;
        if (link is not { Kind: ChannelKind.Case } || !string.Equals(link.CaseRef, caseRef, StringComparison.Ordinal))
            throw await RefuseAsync(caseRef, turn, action, "wrong-conversation",
                "This action is for a different case from the one this conversation is linked to, so it was refused and recorded.", cancellationToken);

        var (person, inChannel) = await tenants.ResolveAsync(user, file.Channel, cancellationToken);
        // Someone granted a role who is not (or no longer) in the channel: the grant recorded their home tenant.
        if (!inChannel && file.Members.FirstOrDefault(m => m.AadObjectId == person.AadObjectId) is { } granted)
            person = person with { TenantId = granted.TenantId };
        if (!tenants.Allows(person.TenantId))
            throw await RefuseAsync(caseRef, turn, action, "tenant-not-allowed",
                "Your organisation is not one of the agencies this bot serves, so the action was refused and recorded.", cancellationToken);

        var member = file.FindMember(person.Key);
        if (member is null && !inChannel)
            throw await RefuseAsync(caseRef, turn, action, "not-a-member",
                "You are not a member of this case, so the action was refused and recorded. A case lead can add you.", cancellationToken);
        return new CaseAccessGrant(file, person, member);
    }

    private async Task<CaseAccessGrant> RequireFromPersonalChatAsync(CaseFile file, BotUser user, Turn turn, string action, CancellationToken cancellationToken)
    {
        var (grant, refusal) = await ResolvePersonalAsync(file, user, cancellationToken);
        return grant ?? throw await RefuseAsync(file.CaseRef, turn, action, refusal, refusal == "tenant-not-allowed"
            ? "Your organisation is not one of the agencies this bot serves, so the action was refused and recorded."
            : "From a personal chat you can act only in cases where you hold a role and are still in the case's channel. The attempt was recorded.",
            cancellationToken);
    }

    /// <summary>
    /// The acting person's role in the case, for actions that need one (any channel member may read; only role holders
    /// may start an escalation or a monitoring period): otherwise refused with <paramref name="message"/> and audited.
    /// </summary>
    public async Task<CaseMember> RequireRoleAsync(CaseAccessGrant grant, Turn turn, string action, string message, CancellationToken cancellationToken) =>
        grant.Member ?? throw await RefuseAsync(grant.Case.CaseRef, turn, action, "no-role", message, cancellationToken);

    /// <summary>
    /// The grant a person would have in this case away from its channel (role held, still in the channel), or null. For
    /// views across a person's cases, where leaving a case out is the answer and nothing was attempted on it.
    /// </summary>
    public async Task<CaseAccessGrant?> PersonalGrantAsync(CaseFile file, BotUser user, CancellationToken cancellationToken) =>
        (await ResolvePersonalAsync(file, user, cancellationToken)).Grant;

    private async Task<(CaseAccessGrant? Grant, string Refusal)> ResolvePersonalAsync(CaseFile file, BotUser user, CancellationToken cancellationToken)
    {
        var (person, inChannel) = await tenants.ResolveAsync(user, file.Channel, cancellationToken);
        if (!tenants.Allows(person.TenantId)) return (null, "tenant-not-allowed");
        var member = file.FindMember(person.Key);
        if (member is null || !inChannel) return (null, "not-a-member-personal");
        return (new CaseAccessGrant(file, person, member), "");
    }

    /// <summary>
    /// For a command typed in a channel: the case this channel is linked to, checked like any other action;
    /// null when the channel is no case channel (or this is no channel).
    /// </summary>
    public async Task<CaseAccessGrant?> RequireThisChannelsCaseAsync(Turn turn, string action, CancellationToken cancellationToken)
    {
        var link = turn.ChannelId is { } channelId ? await cases.FindChannelAsync(channelId, cancellationToken) : null;
        return link is { Kind: ChannelKind.Case } ? await RequireAsync(link.CaseRef, turn, action, cancellationToken) : null;
    }

    private async Task<UserFacingException> RefuseAsync(string? caseRef, Turn turn, string action, string reason, string message, CancellationToken cancellationToken)
    {
        Log.AccessRefused(logger, turn.CorrelationId, action, reason);
        await audit.RecordAsync(caseRef, action, turn, "refused:" + reason, cancellationToken);
        return new CaseAccessDeniedException(message);
    }
}

/// <summary>Access granted: the case, the acting person (with their home tenant), and their role grant if any.</summary>
public sealed record CaseAccessGrant(CaseFile Case, BotUser User, CaseMember? Member);

/// <summary>Where an action may come from: only the case's channel, or also the person's personal chat with the bot.</summary>
public enum CaseReach { CaseChannel, CaseChannelOrPersonalChat }

public sealed class CaseAccessDeniedException(string message) : UserFacingException(message);
