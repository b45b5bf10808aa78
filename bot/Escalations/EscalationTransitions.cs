namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// The changes an escalation can go through, as pure functions (the store may apply them more than once). Each adds
/// one history step keyed by stage and event, so that a change already made (a retried turn or timer) is a no-op;
/// a change that no longer fits the stored state throws <see cref="EscalationMovedOnException"/>.
/// </summary>
public static class EscalationTransitions
{
    public static Escalation Raise(string id, string caseRef, string initials, EscalationTopic about, string description,
        EscalationPerson raiser, string referralId, EscalationStage first, DateTimeOffset dueAt, DateTimeOffset now) =>
        new(id, caseRef, initials, about, description, raiser, referralId, first.Number, now, dueAt, EscalationStatus.AwaitingOwner,
            null, [new EscalationStep(StepKey(first.Number, "raised"), now, first.Number, $"Raised with the {first.RaisedWith}", raiser.Name, description)],
            EscalationCardRef.None, now);

    public static Escalation Respond(Escalation e, int stage, bool agreed, string reason, EscalationPerson by, DateTimeOffset now) =>
        Once(e, stage, "responded", current => current.Status != EscalationStatus.AwaitingOwner ? throw new EscalationMovedOnException(current)
            : current with
            {
                Status = EscalationStatus.AwaitingRaiser,
                Response = new EscalationResponse(agreed, reason, by, now),
                History = [.. current.History, new EscalationStep(StepKey(stage, "responded"), now, stage, agreed ? "Agreed" : "Not agreed", by.Name, reason)],
            });

    public static Escalation Accept(Escalation e, int stage, EscalationPerson by, DateTimeOffset now) =>
        Once(e, stage, "accepted", current => current.Status != EscalationStatus.AwaitingRaiser ? throw new EscalationMovedOnException(current)
            : current with
            {
                Status = EscalationStatus.Resolved,
                History = [.. current.History, new EscalationStep(StepKey(stage, "accepted"), now, stage, "Resolution accepted: escalation closed", by.Name, "")],
            });

    /// <summary>Moves to <paramref name="next"/>: a new owner, a new due time, no answer yet.</summary>
    public static Escalation Advance(Escalation e, int stage, EscalationStage next, DateTimeOffset dueAt, EscalationPerson by, string reason, DateTimeOffset now) =>
        Once(e, stage, "advanced", current => current.Status == EscalationStatus.Resolved ? throw new EscalationMovedOnException(current)
            : current with
            {
                Stage = next.Number,
                StageStartedAt = now,
                DueAt = dueAt,
                Status = EscalationStatus.AwaitingOwner,
                Response = null,
                History = [.. current.History, new EscalationStep(StepKey(stage, "advanced"), now, next.Number, $"Escalated to stage {next.Number}, the {next.RaisedWith}", by.Name, reason)],
            });

    /// <summary>Notes a nudge, reminder or prompt of the stage's clock.</summary>
    public static Escalation Note(Escalation e, int stage, StageStep step, string text, DateTimeOffset now) =>
        Once(e, stage, step.ToString(), current => current with
        {
            History = [.. current.History, new EscalationStep(StepKey(stage, step.ToString()), now, stage, text, EscalationPerson.Bot.Name, "")],
        });

    public static string StepKey(int stage, string name) => $"{stage}:{name}";

    public static bool Has(Escalation e, int stage, string name) => e.History.Any(h => h.Key == StepKey(stage, name));

    private static Escalation Once(Escalation current, int stage, string name, Func<Escalation, Escalation> change) =>
        Has(current, stage, name) ? current
        : current.Stage != stage ? throw new EscalationMovedOnException(current)
        : change(current);
}

/// <summary>The escalation is no longer where the card or timer thought it was; <see cref="Current"/> is where it is.</summary>
public sealed class EscalationMovedOnException(Escalation current) : Exception("The escalation has moved on.")
{
    public Escalation Current { get; } = current;
}
