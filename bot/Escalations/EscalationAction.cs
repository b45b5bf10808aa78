using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Inputs of the escalation card's actions; <c>stage</c> is the stage the card showed.</summary>
public sealed record EscalationActionData(string? CaseRef, string? EscalationId, string? Stage, string? Outcome, string? Reason, string? NextReason);

/// <summary>The checks every action on an escalation card shares: access, the escalation, the stage shown.</summary>
public sealed class EscalationAction(CaseAccess access, AuditLog audit, EscalationStore store, ILogger<EscalationAction> logger)
{
    public async Task<(CaseAccessGrant Grant, Escalation Escalation, int Stage)> LoadAsync(Turn turn, string verb, EscalationActionData data,
        CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, verb, cancellationToken);
        var escalation = await store.FindAsync(grant.Case.CaseRef, data.EscalationId ?? "", cancellationToken);
        if (escalation is null || !int.TryParse(data.Stage, System.Globalization.CultureInfo.InvariantCulture, out var stage))
            throw await RefuseAsync(grant.Case.CaseRef, turn, verb, "no-such-escalation", "That escalation could not be found in this case. The refusal was recorded.", cancellationToken);
        return (grant, escalation, stage);
    }

    public async Task<UserFacingException> RefuseAsync(string caseRef, Turn turn, string verb, string reason, string message, CancellationToken cancellationToken)
    {
        Log.Refused(logger, turn.CorrelationId, verb, reason);
        await audit.RecordAsync(caseRef, verb, turn, "refused:" + reason, cancellationToken);
        return new UserFacingException(message);
    }

    public static EscalationPerson Person(CaseAccessGrant grant) =>
        new(grant.User.Key, grant.Member?.Name ?? grant.User.DisplayName, grant.Member?.Agency ?? Agency.Other);
}
