using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Referrals;

/// <summary>The words people see for a referral's states and outcomes, and the choices cards offer.</summary>
public static class ReferralVocabulary
{
    public static string Title(ReferralOutcome outcome) => outcome switch
    {
        ReferralOutcome.NoFurtherAction => "No further action, with advice to the school",
        ReferralOutcome.EarlyHelp => "Early help",
        ReferralOutcome.ChildInNeedAssessment => "Child in need assessment (section 17)",
        ReferralOutcome.StrategyDiscussion => "Strategy discussion (section 47)",
        _ => "Passed to another area",
    };

    public static string Title(ParentalConsent consent) => consent switch
    {
        ParentalConsent.Given => "Parents know and agree",
        ParentalConsent.Refused => "Parents know and do not agree",
        _ => "Consent not sought",
    };

    public static string Title(Referral referral) => referral.Status switch
    {
        ReferralStatus.Submitted => "Sent, waiting for CSC to acknowledge",
        ReferralStatus.Acknowledged => "Received by CSC, waiting for a decision",
        _ => "Decided: " + Title(referral.Decision!.Outcome),
    };

    public static IReadOnlyList<Choice> Outcomes { get; } =
        Enum.GetValues<ReferralOutcome>().Select(o => new Choice(o.ToString(), Title(o))).ToArray();

    public static IReadOnlyList<Choice> ConsentChoices { get; } =
        Enum.GetValues<ParentalConsent>().Select(c => new Choice(c.ToString(), Title(c))).ToArray();

    /// <summary>The choices of a status answer: received, or a decision (which then needs its reason).</summary>
    public static IReadOnlyList<Choice> AnswerStatuses { get; } =
        [new Choice("Acknowledged", "Received, being looked at"), .. Outcomes];
}
