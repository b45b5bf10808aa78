using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// The checks of every conference action: <see cref="CaseAccess.RequireAsync"/> first (the case's own channel, a
/// member), then the arranger's role where the action needs it, then the conference itself. Refusals are audited.
/// </summary>
public sealed class ConferenceAccess(CaseAccess access, ConferenceStore store, AuditLog audit, ILogger<ConferenceAccess> logger)
{
    public const string NotArranger =
        "Only children's social care, the conference chair or a case lead can arrange this case's meetings. The refusal was recorded.";

    public async Task<(CaseAccessGrant Grant, Conference Conference)> RequireAsync(string? caseRef, string? conferenceId, Turn turn, string action,
        bool arrange, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(caseRef, turn, action, cancellationToken);
        if (arrange)
            await RequireArrangerAsync(grant, turn, action, cancellationToken);
        else if (grant.Member is null)
            throw await RefuseAsync(grant, turn, action, "no-role", "Only professionals with a role in this case can do that. A case lead can grant you one. The refusal was recorded.", cancellationToken);
        var conference = await store.FindAsync(grant.Case.CaseRef, conferenceId, cancellationToken)
            ?? throw await RefuseAsync(grant, turn, action, "no-such-conference", "That meeting could not be found in this case. The refusal was recorded.", cancellationToken);
        return (grant, conference);
    }

    public async Task RequireArrangerAsync(CaseAccessGrant grant, Turn turn, string action, CancellationToken cancellationToken)
    {
        if (!ConferenceRules.MayArrange(grant.Case, grant.User.Key))
            throw await RefuseAsync(grant, turn, action, "not-an-arranger", NotArranger, cancellationToken);
    }

    private async Task<UserFacingException> RefuseAsync(CaseAccessGrant grant, Turn turn, string action, string reason, string message, CancellationToken cancellationToken)
    {
        Log.Refused(logger, turn.CorrelationId, action, reason);
        await audit.RecordAsync(grant.Case.CaseRef, action, turn, "refused:" + reason, cancellationToken);
        return new ConferenceRefusedException(message);
    }
}

public sealed class ConferenceRefusedException(string message) : UserFacingException(message);
