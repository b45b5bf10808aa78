using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary>The stage's owner answers: agreed or not agreed, with a reason the raiser will read.</summary>
public sealed class RespondToEscalation(EscalationAction action, EscalationChanges changes, EscalationPublisher publisher, EscalationPolicy policy, EscalationCardBuilder build,
    TimeProvider time) : IVerbHandler<EscalationActionData>
{
    public static string Verb => "escalation.respond";

    public async Task<TurnReply> HandleAsync(Turn turn, EscalationActionData data, CancellationToken cancellationToken)
    {
        var (grant, escalation, stageShown, fromOwnerDesk) = await action.LoadAsync(turn, Verb, data, cancellationToken);
        var stage = policy.Stage(escalation.Stage) ?? policy.Stages[^1];
        // The owner's desk answers for its agency, as it does for a referral: its members need no role in the case.
        if (!fromOwnerDesk && !EscalationRules.MayAnswer(grant.Case, stage, grant.User.Key))
            throw await action.RefuseAsync(grant.Case.CaseRef, turn, Verb, "not-owner",
                $"Only the {EscalationVocabulary.Owner(stage)} can answer stage {stage.Number}. The refusal was recorded.", cancellationToken);
        bool? agreed = data.Outcome switch { "agreed" => true, "notAgreed" => false, _ => null };
        var reason = EscalationRules.Clean(data.Reason);
        var problem = agreed is null ? "Choose agreed or not agreed." : EscalationRules.TextProblem(reason, "the reason for your answer");
        if (problem is not null)
            return TurnReply.Card("escalations/escalation", build.Card(escalation, problem));
        try
        {
            var now = time.GetUtcNow();
            var after = await changes.ApplyAsync(escalation, "responded",
                e => EscalationTransitions.Respond(e, stageShown, agreed!.Value, reason, Responder(grant, stage, fromOwnerDesk), now), cancellationToken);
            // The answer is read by the other side on the card in the case channel, which may not be the card clicked.
            await publisher.UpdateCardAsync(after, cancellationToken);
            return TurnReply.Card("escalations/escalation", build.Card(after));
        }
        catch (EscalationMovedOnException moved)
        {
            return TurnReply.Card("escalations/escalation", build.Card(moved.Current, "This stage has moved on since the card was drawn: here it is as it is now."));
        }
    }

    private static EscalationPerson Responder(Cases.CaseAccessGrant grant, EscalationStage stage, bool fromOwnerDesk) =>
        fromOwnerDesk && grant.Member is null ? EscalationAction.Person(grant) with { Agency = stage.OwnerAgency } : EscalationAction.Person(grant);
}
