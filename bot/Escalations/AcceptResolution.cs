using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary>The raiser accepts the owner's answer: the escalation is closed.</summary>
public sealed class AcceptResolution(EscalationAction action, EscalationChanges changes, EscalationPublisher publisher, EscalationCardBuilder build, TimeProvider time)
    : IVerbHandler<EscalationActionData>
{
    public static string Verb => "escalation.accept";

    public async Task<TurnReply> HandleAsync(Turn turn, EscalationActionData data, CancellationToken cancellationToken)
    {
        var (grant, escalation, stageShown, _) = await action.LoadAsync(turn, Verb, data, cancellationToken);
        if (!EscalationRules.MayDecideAsRaiser(grant.Case, escalation, grant.User.Key))
            throw await action.RefuseAsync(grant.Case.CaseRef, turn, Verb, "not-raiser",
                "Only the person who raised this escalation, or a case lead, can accept the answer. The refusal was recorded.", cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var after = await changes.ApplyAsync(escalation, "accepted",
                e => EscalationTransitions.Accept(e, stageShown, EscalationAction.Person(grant), now), cancellationToken);
            // The answer is read by the other side on the card in the case channel, which may not be the card clicked.
            await publisher.UpdateCardAsync(after, cancellationToken);
            return TurnReply.Card("escalations/escalation", build.Card(after));
        }
        catch (EscalationMovedOnException moved)
        {
            return TurnReply.Card("escalations/escalation", build.Card(moved.Current,
                moved.Current.Status == EscalationStatus.AwaitingOwner ? "There is no answer to accept yet." : "This escalation has moved on since the card was drawn."));
        }
    }
}
