using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Inputs of the start card.</summary>
public sealed record RaiseEscalationData(string? CaseRef, string? EscalationId, string? About, string? Description);

/// <summary>Submitting the start card begins stage 1: the document, its chronology entry and its timers; the card becomes the escalation card.</summary>
public sealed class RaiseEscalation(CaseAccess access, AuditLog audit, EscalationStore store, EscalationChanges changes, EscalationPolicy policy,
    EscalationClock clock, EscalationCardBuilder build, EscalationOwnerCopies copies, TimeProvider time, ILogger<RaiseEscalation> logger) : IVerbHandler<RaiseEscalationData>
{
    public static string Verb => "escalation.raise";

    public async Task<TurnReply> HandleAsync(Turn turn, RaiseEscalationData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        var member = await access.RequireRoleAsync(grant, turn, Verb, StartEscalation.NoRole, cancellationToken);
        if (!EscalationRules.IsId(data.EscalationId))
        {
            Log.Refused(logger, turn.CorrelationId, Verb, "invalid-id");
            await audit.RecordAsync(grant.Case.CaseRef, Verb, turn, "refused:invalid-id", cancellationToken);
            return TurnReply.Problem("That card is not a valid escalation card. The refusal was recorded.");
        }
        var existing = await store.FindAsync(grant.Case.CaseRef, data.EscalationId!, cancellationToken);
        if (existing is not null)
            return TurnReply.Card("escalations/escalation", build.Card(await CopyAsync(grant.Case, existing, cancellationToken)));

        var description = EscalationRules.Clean(data.Description);
        var about = Enum.TryParse<EscalationTopic>(data.About, ignoreCase: false, out var topic) && Enum.IsDefined(topic) ? topic : (EscalationTopic?)null;
        var problem = about is null ? "Choose what the escalation is about." : EscalationRules.TextProblem(description, "what the disagreement is about and what you have tried");
        if (problem is not null)
            return TurnReply.Card("escalations/start", build.Start(grant.Case, data.EscalationId!, problem, data.About ?? "", description));

        var now = time.GetUtcNow();
        var raiser = new EscalationPerson(member.UserKey, member.Name, member.Agency);
        var draft = EscalationTransitions.Raise(data.EscalationId!, grant.Case.CaseRef, grant.Case.Initials, about!.Value, description, raiser, "",
            policy.First, clock.DueAt(policy.First, now), now) with
        {
            // The invoke answer replaces the clicked card, which later steps redraw.
            Card = new EscalationCardRef(turn.ServiceUrl, turn.ConversationId, turn.Activity.ReplyToId ?? ""),
        };
        var escalation = await changes.StartAsync(draft, cancellationToken);
        return TurnReply.Card("escalations/escalation", build.Card(await CopyAsync(grant.Case, escalation, cancellationToken)));
    }

    /// <summary>The owner's copy; a failure leaves the escalation standing (the stage's timers make the copy later).</summary>
    private async Task<Escalation> CopyAsync(CaseFile file, Escalation escalation, CancellationToken cancellationToken)
    {
        try
        {
            return await copies.EnsureCopyAsync(file, escalation, cancellationToken);
        }
        catch (Protocol.Connector.ConnectorException ex)
        {
            Log.CardFailed(logger, file.CaseRef, escalation.Id, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
            return escalation;
        }
    }
}
