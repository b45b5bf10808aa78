using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Plans;

/// <summary>Inputs of the plan card's "Update an action" form.</summary>
public sealed record UpdatePlanActionData(string? CaseRef, string? Number, string? Status, string? Note);

/// <summary>
/// An owner updates their action (a case lead may too): not started, in progress, blocked with what blocks it, or done.
/// From the case channel, or from the owner's personal chat where their list of work opens the plan.
/// </summary>
public sealed class UpdatePlanAction(CaseAccess access, AuditLog audit, PlanStore plans, PlanCardBuilder build, PlanChronology chronology,
    TimeProvider clock, ILogger<UpdatePlanAction> logger) : IVerbHandler<UpdatePlanActionData>
{
    public static string Verb => "plan.update";

    public async Task<TurnReply> HandleAsync(Turn turn, UpdatePlanActionData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, CaseReach.CaseChannelOrPersonalChat, cancellationToken);
        var file = grant.Case;
        var plan = await plans.FindAsync(file.CaseRef, cancellationToken);
        TurnReply Again(string problem) => TurnReply.Card(PlanCardBuilder.Template, build.Card(file, plan, problem));
        if (PlanRules.ParseNumber(data.Number) is not { } number || plan.Find(number) is not { } action)
            return Again("Choose one of the plan's actions.");
        if (!PlanRules.MayUpdate(file, action, grant.User.Key))
        {
            await audit.RecordAsync(file.CaseRef, Verb, turn, $"refused:not-owner:{number}", cancellationToken);
            return TurnReply.Problem($"Only the action's owner ({action.OwnerName}) or a case lead can update action #{number}. The refusal was recorded.");
        }
        if (PlanRules.UpdateProblem(data, out var status) is { } problem) return TurnReply.Problem(problem);

        var now = clock.GetUtcNow();
        var note = PlanRules.Clean(data.Note);
        var updated = await plans.UpdateAsync(file.CaseRef, current => current with
        {
            // Only this action changes: another owner's update, made at the same moment, is kept.
            Actions = [.. current.Actions.Select(a => a.Number == number ? a with { Status = status, Note = note, UpdatedAt = now } : a)],
        }, cancellationToken);
        var changed = updated.Find(number)!;
        await chronology.RecordAsync(grant, changed, PlanVocabulary.Title(status).ToLowerInvariant(), note.Length > 0 ? note : "No note.", cancellationToken);
        await audit.RecordAsync(file.CaseRef, Verb, turn, $"updated:{number}:{status}", cancellationToken);
        Log.Changed(logger, turn.CorrelationId, file.CaseRef, number, status.ToString());
        return TurnReply.Card(PlanCardBuilder.Template, build.Card(file, updated, notice: $"Action #{number}: {PlanVocabulary.Title(status).ToLowerInvariant()}."), shared: true);
    }
}
