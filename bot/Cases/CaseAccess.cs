using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// The one check every case read and write goes through: the action must come from the case's own
/// channel, from a person identified by tenant and AAD object id who is in that channel's roster or holds
/// a role in the case. Every refusal is written to the case's audit log.
/// </summary>
public sealed class CaseAccess(CaseStore cases, ChannelRoster roster, AuditLog audit, ILogger<CaseAccess> logger)
{
    public async Task<CaseAccessGrant> RequireAsync(string? caseRefFromAction, Turn turn, string action, CancellationToken cancellationToken)
    {
        if (!CaseReferences.TryNormalise(caseRefFromAction, out var caseRef))
            throw await RefuseAsync(null, turn, action, "invalid-case-ref", "That card does not name a valid case.", cancellationToken);

        if (turn.User is not { } user)
            throw await RefuseAsync(caseRef, turn, action, "no-identity", "Teams did not say who you are, so the bot cannot check your access to this case.", cancellationToken);

        var link = turn.ChannelId is { } channelId ? await cases.FindChannelAsync(channelId, cancellationToken) : null;
        if (link is not { Kind: ChannelKind.Case } || !string.Equals(link.CaseRef, caseRef, StringComparison.Ordinal))
            throw await RefuseAsync(caseRef, turn, action, "wrong-conversation",
                "This action is for a different case from the one this conversation is linked to, so it was refused and recorded.", cancellationToken);

        var file = await cases.FindCaseAsync(caseRef, cancellationToken);
        if (file is null)
            throw await RefuseAsync(caseRef, turn, action, "no-such-case", "That case could not be found.", cancellationToken);

        var member = file.FindMember(user.Key);
        if (member is null)
        {
            var inChannel = (await roster.MemberObjectIdsAsync(file.Channel, cancellationToken)).Contains(user.AadObjectId);
            if (!inChannel)
                throw await RefuseAsync(caseRef, turn, action, "not-a-member",
                    "You are not a member of this case, so the action was refused and recorded. A case lead can add you.", cancellationToken);
        }
        return new CaseAccessGrant(file, user, member);
    }

    private async Task<UserFacingException> RefuseAsync(string? caseRef, Turn turn, string action, string reason, string message, CancellationToken cancellationToken)
    {
        Log.AccessRefused(logger, turn.CorrelationId, action, reason);
        await audit.RecordAsync(caseRef, action, turn, "refused:" + reason, cancellationToken);
        return new CaseAccessDeniedException(message);
    }
}

/// <summary>Access granted: the case, the acting person, and their role grant if they have one.</summary>
public sealed record CaseAccessGrant(CaseFile Case, BotUser User, CaseMember? Member);

public sealed class CaseAccessDeniedException(string message) : UserFacingException(message);
