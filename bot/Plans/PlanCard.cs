using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Plans;

/// <summary>Data of <c>cards/plans/plan.json</c>: the plan for every agency to see, and the forms to add to it and update it.</summary>
public sealed record PlanCard(
    string CaseRef,
    string Initials,
    string Summary,
    string Problem,
    string Notice,
    IReadOnlyList<PlanActionLine> Actions,
    IReadOnlyList<Choice> Owners,
    IReadOnlyList<Choice> OpenActions,
    IReadOnlyList<Choice> Statuses,
    string DueMin,
    string DraftId);

public sealed record PlanActionLine(string Heading, string Outcome, string Owner, string Due, string Status, string StatusColour);

/// <summary>The plan's counts and lines, as the card and the case summary show them.</summary>
public sealed class PlanCardBuilder(WorkingDayCalendar calendar, TimeProvider clock)
{
    public const string Template = "plans/plan";

    public PlanCard Card(CaseFile file, ChildPlan plan, string problem = "", string notice = "") => new(
        file.CaseRef, file.Initials, Summary(plan), problem, notice,
        [.. plan.Actions.OrderBy(a => a.Number).Select(Line)],
        [.. file.Members.GroupBy(m => m.UserKey).Select(g => g.First())
            .Select(m => new Choice(m.UserKey, $"{m.Name} ({CaseVocabulary.Title(m.Role)}, {CaseVocabulary.Title(m.Agency)})"))],
        [.. plan.Actions.Where(a => a.IsOpen).OrderBy(a => a.Number).Select(a => new Choice(
            a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"#{a.Number} ({a.OwnerName})"))],
        PlanVocabulary.StatusChoices,
        calendar.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Guid.NewGuid().ToString("N"));

    public string Summary(ChildPlan plan)
    {
        if (plan.Actions.Count == 0) return "The plan has no actions yet.";
        var done = plan.Actions.Count(a => !a.IsOpen);
        var overdue = plan.Actions.Count(IsOverdue);
        var blocked = plan.Actions.Count(a => a.Status == PlanActionStatus.Blocked);
        return $"{Count(plan.Actions.Count, "action")}: {done} done, {overdue} overdue"
            + (blocked > 0 ? $", {blocked} blocked" : "") + ".";
    }

    public bool IsOverdue(PlanAction action) => action.IsOpen && calendar.CloseOfBusinessOn(action.Due) < clock.GetUtcNow();

    public DateTimeOffset DueAt(PlanAction action) => calendar.CloseOfBusinessOn(action.Due);

    private PlanActionLine Line(PlanAction a) => new(
        $"#{a.Number} {a.What}",
        "Outcome: " + a.Outcome,
        $"{a.OwnerName} ({CaseVocabulary.Title(a.OwnerAgency)})",
        a.IsOpen ? $"Due {DisplayTime.Day(a.Due)}, {calendar.Describe(DueAt(a))}" : $"Was due {DisplayTime.Day(a.Due)}",
        PlanVocabulary.Title(a.Status) + (a.Note.Length > 0 ? ": " + a.Note : ""),
        a.Status == PlanActionStatus.Done ? "good" : IsOverdue(a) || a.Status == PlanActionStatus.Blocked ? "attention" : "default");

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
