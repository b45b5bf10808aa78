using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Section <c>Conferences</c>: how meetings are scheduled and the rules of each type. Working hours are in the
/// working-day calendar's time zone (<c>Calendar:TimeZone</c>, Europe/London by default).
/// </summary>
public sealed class ConferenceOptions
{
    public const string Section = "Conferences";

    /// <summary>
    /// The mailbox that organises meetings (application permissions). Empty: "Find slots" says that none is set,
    /// so that a bot without calendar access still records conferences and their due dates.
    /// </summary>
    public string OrganiserMailbox { get; set; } = "";

    /// <summary>Organiser mailboxes per area (case reference prefix before the first '-'), over <see cref="OrganiserMailbox"/>.</summary>
    public Dictionary<string, string> Organisers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeOnly WorkingHoursStart { get; set; } = new(9, 0);

    public TimeOnly WorkingHoursEnd { get; set; } = new(17, 0);

    public int SlotStepMinutes { get; set; } = 30;

    /// <summary>How soon after "Find slots" a meeting may start, so that invitees can see it in time.</summary>
    public int MinimumNoticeMinutes { get; set; } = 60;

    public int SlotsOffered { get; set; } = 3;

    /// <summary>Working days before the meeting from which invitees who have not accepted put it at risk.</summary>
    public int WarnWorkingDaysBefore { get; set; } = 2;

    /// <summary>Contributions are asked for this many working days before they are due for sharing with the family.</summary>
    public int ContributionRequestWorkingDaysBefore { get; set; } = 3;

    /// <summary>The chair is briefed in their personal chat this many working days before a conference.</summary>
    public int BriefingWorkingDaysBefore { get; set; } = 1;

    /// <summary>Education is invited (and required) whenever the case has a school or nursery member.</summary>
    public bool EducationAlwaysInvited { get; set; } = true;

    public Dictionary<MeetingType, MeetingTypeOptions> Types { get; set; } = [];

    public string OrganiserFor(string caseRef)
    {
        var area = caseRef.Split('-')[0];
        return Organisers.TryGetValue(area, out var mailbox) && mailbox.Length > 0 ? mailbox : OrganiserMailbox;
    }
}

/// <summary>The defaults of domain.md and issue 7; an area's configuration overrides them field by field.</summary>
public static class ConferenceDefaults
{
    public static MeetingTypeOptions For(MeetingType type) => type switch
    {
        MeetingType.StrategyDiscussion => new()
        {
            DueWorkingDays = 1, DurationMinutes = 60, RequiredAgencies = [Agency.Csc, Agency.Police, Agency.Health],
            ReferringAgencyRequired = true, QuorumOtherAgencies = 0,
        },
        MeetingType.InitialConference => new()
        {
            DueWorkingDays = 15, After = MeetingType.StrategyDiscussion, DurationMinutes = 90,
            RequiredAgencies = [Agency.Csc], QuorumOtherAgencies = 2, ShareWithFamilyWorkingDaysBefore = 2,
        },
        MeetingType.ReviewConference => new()
        {
            DueMonths = 3, RepeatMonths = 6, After = MeetingType.InitialConference, DurationMinutes = 90,
            RequiredAgencies = [Agency.Csc], QuorumOtherAgencies = 2, ShareWithFamilyWorkingDaysBefore = 5,
        },
        MeetingType.CoreGroup => new()
        {
            DueWorkingDays = 10, After = MeetingType.InitialConference, DurationMinutes = 60,
            RequiredAgencies = [Agency.Csc], QuorumOtherAgencies = 0,
        },
        MeetingType.ChildInNeed => new() { DueWorkingDays = 10, DurationMinutes = 60, RequiredAgencies = [Agency.Csc], QuorumOtherAgencies = 0 },
        MeetingType.EarlyHelp => new() { DueWorkingDays = 20, DurationMinutes = 60, RequiredAgencies = [Agency.EarlyHelp], QuorumOtherAgencies = 0 },
        _ => new() { DueWorkingDays = 5, DurationMinutes = 60, RequiredAgencies = [Agency.Csc], QuorumOtherAgencies = 0 },
    };
}
