using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Plans;

/// <summary>
/// The child's plan: what each agency will do, by when, for which outcome. One document per case
/// (<c>cases/&lt;ref&gt;/plan.json</c>), seen by every agency in the case, since reviews found that roles and
/// responsibilities must be in the plan and understood by all.
/// </summary>
public sealed record ChildPlan(string CaseRef, IReadOnlyList<PlanAction> Actions)
{
    public PlanAction? Find(int number) => Actions.FirstOrDefault(a => a.Number == number);

    public int NextNumber => Actions.Count == 0 ? 1 : Actions.Max(a => a.Number) + 1;
}

/// <summary>One action: what, the outcome it serves, its owner (a case member and their agency), its due day and status.</summary>
public sealed record PlanAction(
    int Number,
    string What,
    string Outcome,
    string OwnerKey,
    string OwnerName,
    Agency OwnerAgency,
    DateOnly Due,
    PlanActionStatus Status,
    string Note,
    DateTimeOffset AddedAt,
    string AddedBy,
    DateTimeOffset? UpdatedAt)
{
    public bool IsOpen => Status != PlanActionStatus.Done;
}

public enum PlanActionStatus { NotStarted, InProgress, Blocked, Done }

/// <summary>What a plan action's due timer carries: the case and the action, and whether this is the reminder after the grace.</summary>
public sealed record PlanActionTimer(string CaseRef, int Number, bool Reminder);
