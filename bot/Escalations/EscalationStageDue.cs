using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// A stage's clock: at due the owner is nudged where their copy of the card is (their desk channel or personal chat)
/// and the case channel hears that they were, after the grace period reminded, and after a second grace period the
/// policy moves the escalation on by itself (the next owner gets a fresh copy) or prompts the raiser. Nothing happens
/// when the stage was answered or has moved on. Messages name the case reference, initials and roles, never the
/// description. Each post is made once (<see cref="EscalationOwnerCopies.OnceAsync"/>), so a retried timer repeats
/// only the posts that were refused.
/// </summary>
public sealed class EscalationStageDue(EscalationStore store, CaseStore cases, EscalationChanges changes, EscalationPolicy policy,
    EscalationPublisher publisher, EscalationOwnerCopies copies, TimeProvider time, ILogger<EscalationStageDue> logger) : ITimerHandler
{
    public static string Kind => "escalation.stageDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var due = timer.PayloadAs<StageTimer>();
        var escalation = await store.FindAsync(due.CaseRef, due.EscalationId, cancellationToken);
        if (escalation is not { Status: EscalationStatus.AwaitingOwner }) return;
        // A retry of this very timer after it moved the stage on still owes the new owner's copy and the channel's line.
        var movedOnByThis = due.Step == StageStep.Stalled && escalation.History.Any(h =>
            h.Key == EscalationTransitions.StepKey(due.Stage, "advanced") && h.By == EscalationPerson.Bot.Name);
        if (escalation.Stage != due.Stage && !movedOnByThis) return;
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
            // The card PUTs may repeat harmlessly; the posts come last so a failure before them never posts twice.
            await publisher.UpdateCardAsync(escalation, cancellationToken);
            escalation = await copies.EnsureCopyAsync(file, escalation, cancellationToken);
            text = $"{head} no answer from the {owner}, so under the local policy it has moved to stage {next.Number}, the " +
                $"{EscalationVocabulary.Owner(next)}. {escalation.Raiser.Name}: the bot has told them on the escalation card.";
        }
        else
        {
            var note = due.Step switch
            {
                StageStep.Due => "Owner nudged: the answer is due now",
                StageStep.Remind => "Owner reminded: the answer is overdue",
                _ => "Raiser prompted: still no answer",
            };
            escalation = await changes.ApplyAsync(escalation, due.Step.ToString(),
                e => EscalationTransitions.Note(e, stage.Number, due.Step, note, now), cancellationToken);
            await publisher.UpdateCardAsync(escalation, cancellationToken);
            // A copy lost to an earlier failure is made now, so that the nudge has somewhere to go.
            escalation = await copies.EnsureCopyAsync(file, escalation, cancellationToken);
            var where = "Please answer on the escalation card.";
            if (due.Step != StageStep.Stalled && escalation.OwnerCopy is { } copy && copy.Stage == stage.Number)
            {
                var nudge = OwnerNudge(file, stage, due.Step, escalation.DueAt);
                (escalation, _) = await copies.OnceAsync(escalation, $"{stage.Number}:{due.Step}:owner", async () =>
                {
                    await publisher.PostOwnerNudgeAsync(copy, nudge, cancellationToken);
                    return true;
                }, cancellationToken);
                where = copy.Place == OwnerPlace.Desk
                    ? "The bot has nudged them in their agency's desk channel."
                    : "The bot has nudged them in a personal chat.";
            }
            text = due.Step switch
            {
                StageStep.Due => $"{head} the answer from the {owner} is due now. {where} {escalation.Raiser.Name}: the bot has nudged them.",
                StageStep.Remind => $"{head} reminder: the answer from the {owner} is overdue. {where} {escalation.Raiser.Name}: the bot has reminded them.",
                _ => next is null
                    ? $"{head} still no answer from the {owner} at the last stage. {escalation.Raiser.Name}: please contact the safeguarding partnership directly."
                    : $"{head} still no answer from the {owner}. {escalation.Raiser.Name}: you can escalate to stage {next.Number} ({next.Route}) on the escalation card.",
            };
        }
        await copies.OnceAsync(escalation, $"{stage.Number}:{due.Step}:channel", async () =>
        {
            await publisher.PostNudgeAsync(file, text + " " + EscalationVocabulary.ImmediateRisk, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>The nudge beside the owner's copy: case reference, initials and roles only.</summary>
    private static string OwnerNudge(CaseFile file, EscalationStage stage, StageStep step, DateTimeOffset dueAt) =>
        $"Escalation for {file.CaseRef} ({file.Initials}), stage {stage.Number} ({stage.Route}): " +
        (step == StageStep.Due ? $"your answer as the {EscalationVocabulary.Owner(stage)} is due now" : $"reminder: your answer as the {EscalationVocabulary.Owner(stage)} is overdue") +
        $" (due {Common.DisplayTime.Format(dueAt)}). Please answer agreed or not agreed, with your reasons, on the escalation card. " +
        EscalationVocabulary.ImmediateRisk;
}
