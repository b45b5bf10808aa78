using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// A stage's clock: at due the owner is nudged in the case channel, after the grace period reminded, and after a
/// second grace period the policy moves the escalation on by itself or prompts the raiser. Nothing happens when the
/// stage was answered or has moved on. Messages name the case reference, initials and roles, never the description.
/// </summary>
public sealed class EscalationStageDue(EscalationStore store, CaseStore cases, EscalationChanges changes, EscalationPolicy policy,
    EscalationPublisher publisher, TimeProvider time, ILogger<EscalationStageDue> logger) : ITimerHandler
{
    public static string Kind => "escalation.stageDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var due = timer.PayloadAs<StageTimer>();
        var escalation = await store.FindAsync(due.CaseRef, due.EscalationId, cancellationToken);
        if (escalation is not { Status: EscalationStatus.AwaitingOwner } || escalation.Stage != due.Stage) return;
        var file = await cases.FindCaseAsync(due.CaseRef, cancellationToken);
        if (file is null || policy.Stage(due.Stage) is not { } stage) return;
        Log.StageTimerFired(logger, due.CaseRef, due.EscalationId, due.Stage, due.Step.ToString());

        var now = time.GetUtcNow();
        var head = $"Escalation for {file.CaseRef} ({file.Initials}), stage {stage.Number} ({stage.Route}):";
        var owner = EscalationVocabulary.Owner(stage);
        var next = policy.After(stage.Number);
        string text;
        if (due.Step == StageStep.Stalled && stage.WhenStalled == StallAction.AdvanceAutomatically && next is not null)
        {
            escalation = await changes.AdvanceAsync(escalation, stage.Number, EscalationPerson.Bot,
                "No answer within the policy's time, so the local policy moved it on.", now, cancellationToken);
            text = $"{head} no answer from the {owner}, so under the local policy it has moved to stage {next.Number}, the " +
                $"{EscalationVocabulary.Owner(next)}. {escalation.Raiser.Name}: the bot has told them on the escalation card.";
        }
        else
        {
            var (note, message) = due.Step switch
            {
                StageStep.Due => ("Owner nudged: the answer is due now",
                    $"{head} the answer from the {owner} is due now. Please answer on the escalation card. {escalation.Raiser.Name}: the bot has nudged them."),
                StageStep.Remind => ("Owner reminded: the answer is overdue",
                    $"{head} reminder: the answer from the {owner} is overdue. {escalation.Raiser.Name}: the bot has reminded them."),
                _ => ("Raiser prompted: still no answer",
                    next is null
                        ? $"{head} still no answer from the {owner} at the last stage. {escalation.Raiser.Name}: please contact the safeguarding partnership directly."
                        : $"{head} still no answer from the {owner}. {escalation.Raiser.Name}: you can escalate to stage {next.Number} ({next.Route}) on the escalation card."),
            };
            escalation = await changes.ApplyAsync(escalation, due.Step.ToString(),
                e => EscalationTransitions.Note(e, stage.Number, due.Step, note, now), cancellationToken);
            text = message;
        }
        // The card PUT may repeat harmlessly; the post comes last so a failure before it never posts twice.
        await publisher.UpdateCardAsync(escalation, cancellationToken);
        await publisher.PostNudgeAsync(file, text + " " + EscalationVocabulary.ImmediateRisk, cancellationToken);
    }
}
