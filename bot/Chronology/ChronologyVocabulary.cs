namespace CaseCoordinatorBot.Chronology;

/// <summary>The words people see for entry kinds and concern answers.</summary>
public static class ChronologyVocabulary
{
    public static string Title(EntryKind kind) => kind switch
    {
        EntryKind.Concern => "Concern",
        EntryKind.MonitoringCheck => "Monitoring check",
        EntryKind.ParentContact => "Parent or carer contact",
        EntryKind.Correction => "Correction",
        EntryKind.Referral => "Referral",
        EntryKind.Decision => "Decision",
        EntryKind.Meeting => "Meeting",
        EntryKind.Sibling => "Sibling's case",
        EntryKind.MonitoringPeriod => "Monitoring period",
        EntryKind.Plan => "Child's plan",
        _ => "Escalation",
    };

    public static string Title(ConcernCategory category) => category switch
    {
        ConcernCategory.Physical => "Physical",
        ConcernCategory.Emotional => "Emotional",
        ConcernCategory.Sexual => "Sexual",
        ConcernCategory.Neglect => "Neglect",
        ConcernCategory.Exploitation => "Exploitation",
        ConcernCategory.Online => "Online",
        ConcernCategory.DomesticAbuse => "Domestic abuse",
        _ => "Other",
    };

    public static string Title(ConcernLevel level) => level switch
    {
        ConcernLevel.Early => "Early (sub-threshold) concern: record and review",
        _ => "Needs a referral now",
    };

    public static string Title(CscAwareness aware) => aware switch
    {
        CscAwareness.Yes => "Yes",
        CscAwareness.No => "No",
        _ => "Not sure",
    };
}
