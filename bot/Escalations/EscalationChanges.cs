using System.Text.Json;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// Stores a change and makes its effects: the chronology entry of each new step and the stage's timers. Both are
/// idempotent (entry idempotency key, timer id), so a retried turn that re-applies a stored change completes
/// whatever the first attempt left undone and duplicates nothing.
/// </summary>
public sealed class EscalationChanges(EscalationStore store, EscalationPolicy policy, EscalationClock clock, ChronologyStore chronology,
    ITimerScheduler timers, ILogger<EscalationChanges> logger)
{
    public async Task<Escalation> StartAsync(Escalation draft, CancellationToken cancellationToken)
    {
        var (escalation, created) = await store.CreateAsync(draft, cancellationToken);
        if (created) Log.Changed(logger, escalation.CaseRef, escalation.Id, escalation.Stage, "raised");
        await AfterAsync(escalation, cancellationToken);
        return escalation;
    }

    /// <exception cref="EscalationMovedOnException">The change no longer fits.</exception>
    public async Task<Escalation> ApplyAsync(Escalation shown, string eventName, Func<Escalation, Escalation> change, CancellationToken cancellationToken)
    {
        var after = await store.UpdateAsync(shown.CaseRef, shown.Id, change, cancellationToken);
        Log.Changed(logger, after.CaseRef, after.Id, after.Stage, eventName);
        await AfterAsync(after, cancellationToken);
        return after;
    }

    /// <summary>Moves to the next stage with its new due time.</summary>
    public Task<Escalation> AdvanceAsync(Escalation shown, int fromStage, EscalationPerson by, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = policy.After(fromStage) ?? throw new EscalationMovedOnException(shown);
        var due = clock.DueAt(next, now);
        return ApplyAsync(shown, "advanced", e => EscalationTransitions.Advance(e, fromStage, next, due, by, reason, now), cancellationToken);
    }

    private async Task AfterAsync(Escalation after, CancellationToken cancellationToken)
    {
        // Every step is offered again (the entries are idempotent): a retry completes what a failed attempt left out.
        foreach (var step in after.History)
            await RecordAsync(after, step, cancellationToken);
        if (after.Status == EscalationStatus.AwaitingOwner && policy.Stage(after.Stage) is { } stage)
            foreach (var s in Enum.GetValues<StageStep>())
                await timers.ScheduleAsync(new TimerRequest(TimerId(after.Id, stage.Number, s), EscalationStageDue.Kind,
                    clock.At(stage, after.StageStartedAt, s),
                    JsonSerializer.SerializeToElement(new StageTimer(after.CaseRef, after.Id, stage.Number, s), StorageJson.Options)), cancellationToken);
    }

    private async Task RecordAsync(Escalation escalation, EscalationStep step, CancellationToken cancellationToken)
    {
        var agency = step.By == escalation.Raiser.Name ? escalation.Raiser.Agency
            : escalation.Response is { } r && step.By == r.By.Name ? r.By.Agency : Cases.Agency.Other;
        var userKey = step.By == escalation.Raiser.Name ? escalation.Raiser.UserKey
            : escalation.Response is { } r2 && step.By == r2.By.Name ? r2.By.UserKey : EscalationPerson.Bot.UserKey;
        var entry = new NewChronologyEntry(EntryKind.Escalation, step.At, new EntryAuthor(userKey, step.By, agency), Category: null,
            FamilyVisibility.ProfessionalsOnly("A disagreement between professionals, shared with the family by the agencies if at all."),
            Corrects: null, IdempotencyKey: $"escalation:{escalation.Id}:{step.Key}",
            new EscalationBody(escalation.Id, step.Stage, step.Event, step.Detail));
        try
        {
            await chronology.AppendAsync(escalation.CaseRef, entry, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            // The escalation's own history holds the step; the chronology copy is completed by the next change.
            Log.ChronologyEntryFailed(logger, escalation.CaseRef, escalation.Id, ex.GetType().Name);
        }
    }

    /// <summary>Stable per escalation, stage and step, so that scheduling again (a retried turn) sets nothing new.</summary>
    public static string TimerId(string escalationId, int stage, StageStep step) =>
        "escalation-" + StorageKey.Hash($"{escalationId}\n{stage}\n{step}");
}

/// <summary>A stage timer's payload: ids only.</summary>
public sealed record StageTimer(string CaseRef, string EscalationId, int Stage, StageStep Step);
