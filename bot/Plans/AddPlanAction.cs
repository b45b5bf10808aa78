using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Plans;

/// <summary>Inputs of the plan card's "Add an action" form.</summary>
public sealed record AddPlanActionData(string? CaseRef, string? What, string? Outcome, string? Owner, string? Due, string? DraftId);

/// <summary>
/// Adds an action to the plan: by the lead, the chair, the social worker or their manager; owned by a case member, due
/// on a real future day, serving a named outcome. Bad input is refused on the card and nothing typed is lost. The
/// form's draft id makes a double click add one action, not two.
/// </summary>
public sealed class AddPlanAction(CaseAccess access, AuditLog audit, PlanStore plans, PlanCardBuilder build, PlanChronology chronology,
    PlanTimers timers, IOptions<PlanOptions> options, Calendar.WorkingDayCalendar calendar, TimeProvider clock, ILogger<AddPlanAction> logger)
    : IVerbHandler<AddPlanActionData>
{
    public static string Verb => "plan.add";

    public async Task<TurnReply> HandleAsync(Turn turn, AddPlanActionData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        var file = grant.Case;
        if (!PlanRules.MayAddActions(file, grant.User.Key))
        {
            await audit.RecordAsync(file.CaseRef, Verb, turn, "refused:may-not-add", cancellationToken);
            return TurnReply.Problem(PlanVocabulary.MayNotAdd);
        }
        if (PlanRules.Clean(data.DraftId) is not { Length: 32 } draftId || !draftId.All(char.IsAsciiHexDigitLower))
            return TurnReply.Problem("This form is not one the bot made. Type 'plan' for a fresh one.");
        if (PlanRules.AddProblem(file, data, calendar.Today, options.Value.MaxWeeksAhead, out var owner, out var due) is { } problem)
            return TurnReply.Problem(problem);

        var now = clock.GetUtcNow();
        PlanAction? added = null;
        var plan = await plans.UpdateAsync(file.CaseRef, current =>
        {
            // A second click of the same form finds its action already there.
            if (current.Actions.FirstOrDefault(a => a.AddedBy == $"{grant.User.Key}#{draftId}") is { } existing)
            {
                added = existing;
                return current;
            }
            if (current.Actions.Count >= options.Value.MaxActions) { added = null; return current; }
            added = new PlanAction(current.NextNumber, PlanRules.Clean(data.What), PlanRules.Clean(data.Outcome), owner!.UserKey, owner.Name,
                owner.Agency, due, PlanActionStatus.NotStarted, "", now, $"{grant.User.Key}#{draftId}", null);
            return current with { Actions = [.. current.Actions, added] };
        }, cancellationToken);
        if (added is null)
            return TurnReply.Problem($"The plan already holds {options.Value.MaxActions} actions: close finished ones at the next core group before adding more.");

        await timers.ScheduleDueAsync(file.CaseRef, added, cancellationToken);
        await chronology.RecordAsync(grant, added, "added",
            $"Owner {added.OwnerName} ({CaseVocabulary.Title(added.OwnerAgency)}), due {Common.DisplayTime.Day(added.Due)}. Outcome: {added.Outcome}. Action: {added.What}",
            cancellationToken);
        await audit.RecordAsync(file.CaseRef, Verb, turn, $"added:{added.Number}", cancellationToken);
        Log.Changed(logger, turn.CorrelationId, file.CaseRef, added.Number, "added");
        return TurnReply.Card(PlanCardBuilder.Template, build.Card(file, plan, notice: $"Action #{added.Number} added."), shared: true);
    }
}
