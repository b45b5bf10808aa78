using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Escalations;

public static class EscalationVocabulary
{
    public const string ImmediateRisk =
        "If a child is at immediate risk, act now: call the police (999) or the emergency duty team. Escalation never delays protection.";

    public static string Title(EscalationTopic topic) => topic switch
    {
        EscalationTopic.Decision => "A decision",
        EscalationTopic.NoResponse => "No response",
        EscalationTopic.PlanDrift => "Drift in the plan",
        EscalationTopic.MeetingMissed => "A meeting cancelled or not attended",
        EscalationTopic.ConferenceNotWorking => "A conference that is not working (e.g. frank sharing impossible with a hostile parent present)",
        _ => topic.ToString(),
    };

    public static IReadOnlyList<Choice> TopicChoices { get; } =
        Enum.GetValues<EscalationTopic>().Select(t => new Choice(t.ToString(), Title(t))).ToArray();

    public static string Status(EscalationStatus status) => status switch
    {
        EscalationStatus.AwaitingOwner => "Waiting for the owner's answer",
        EscalationStatus.AwaitingRaiser => "Answered: waiting for the raiser to accept or escalate",
        _ => "Resolved",
    };

    public static string Owner(EscalationStage stage) => $"{stage.RaisedWith} ({CaseVocabulary.Title(stage.OwnerAgency)})";
}
