namespace CaseCoordinatorBot.Plans;

public static class PlanVocabulary
{
    public static string Title(PlanActionStatus status) => status switch
    {
        PlanActionStatus.NotStarted => "Not started",
        PlanActionStatus.InProgress => "In progress",
        PlanActionStatus.Blocked => "Blocked",
        _ => "Done",
    };

    public static IReadOnlyList<Cases.Choice> StatusChoices { get; } =
        Enum.GetValues<PlanActionStatus>().Select(s => new Cases.Choice(s.ToString(), Title(s))).ToArray();

    public const string MayNotAdd =
        "Only the case lead, the conference chair, the social worker or their team manager can add to the plan. The refusal was recorded.";
}
