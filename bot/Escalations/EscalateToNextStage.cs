using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// The raiser takes the disagreement to the next stage: after an answer they do not accept, or once the stage is
/// overdue without one.
/// </summary>
public sealed class EscalateToNextStage(EscalationAction action, EscalationChanges changes, EscalationPublisher publisher, EscalationPolicy policy, EscalationCardBuilder build,
    EscalationOwnerCopies copies, TimeProvider time, ILogger<EscalateToNextStage> logger) : IVerbHandler<EscalationActionData>
{
    public static string Verb => "escalation.next";

    public async Task<TurnReply> HandleAsync(Turn turn, EscalationActionData data, CancellationToken cancellationToken)
    {
        var (grant, escalation, stageShown, _) = await action.LoadAsync(turn, Verb, data, cancellationToken);
        if (!EscalationRules.MayDecideAsRaiser(grant.Case, escalation, grant.User.Key))
            throw await action.RefuseAsync(grant.Case.CaseRef, turn, Verb, "not-raiser",
                "Only the person who raised this escalation, or a case lead, can take it to the next stage. The refusal was recorded.", cancellationToken);
        var now = time.GetUtcNow();
        if (policy.After(stageShown) is null)
            return TurnReply.Card("escalations/escalation", build.Card(escalation, "This is the last stage of the local policy."));
        if (escalation.Stage == stageShown && escalation.Status == EscalationStatus.AwaitingOwner && now < escalation.DueAt)
            return TurnReply.Card("escalations/escalation", build.Card(escalation,
                "The owner still has time to answer this stage. You can take it further once they answer or once it is overdue."));
        var reason = EscalationRules.Clean(data.NextReason);
        if (reason.Length > EscalationRules.MaxTextLength)
            return TurnReply.Card("escalations/escalation", build.Card(escalation, $"The reason can be up to {EscalationRules.MaxTextLength} characters."));
        try
        {
            var after = await changes.AdvanceAsync(escalation, stageShown, EscalationAction.Person(grant), reason, now, cancellationToken);
            // The answer is read by the other side on the card in the case channel, which may not be the card clicked.
            await publisher.UpdateCardAsync(after, cancellationToken);
            // The new owner gets a fresh copy; the previous owner's copy is redrawn as moved on.
            try
            {
                after = await copies.EnsureCopyAsync(grant.Case, after, cancellationToken);
            }
            catch (Protocol.Connector.ConnectorException ex)
            {
                Log.CardFailed(logger, after.CaseRef, after.Id, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
            }
            return TurnReply.Card("escalations/escalation", build.Card(after));
        }
        catch (EscalationMovedOnException moved)
        {
            return TurnReply.Card("escalations/escalation", build.Card(moved.Current, "This escalation has moved on since the card was drawn."));
        }
    }
}
