using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>One meeting type's rules with the defaults filled in: what the rest of the code reads.</summary>
public sealed record MeetingRule(
    MeetingType Type,
    int? DueWorkingDays,
    int? DueMonths,
    int? RepeatMonths,
    MeetingType? After,
    TimeSpan Duration,
    IReadOnlyList<Agency> RequiredAgencies,
    bool ReferringAgencyRequired,
    int QuorumOtherAgencies,
    int? ShareWithFamilyWorkingDaysBefore)
{
    public static MeetingRule From(MeetingType type, MeetingTypeOptions? configured)
    {
        var d = ConferenceDefaults.For(type);
        var c = configured ?? new MeetingTypeOptions();
        // A configured due rule replaces the default one whole: working days and months are alternatives.
        var dueSet = c.DueWorkingDays is not null || c.DueMonths is not null;
        return new MeetingRule(
            type,
            dueSet ? c.DueWorkingDays : d.DueWorkingDays,
            dueSet ? c.DueMonths : d.DueMonths,
            c.RepeatMonths ?? d.RepeatMonths,
            c.After ?? d.After,
            TimeSpan.FromMinutes(c.DurationMinutes ?? d.DurationMinutes ?? 60),
            (c.RequiredAgencies ?? d.RequiredAgencies ?? []).Distinct().ToArray(),
            c.ReferringAgencyRequired ?? d.ReferringAgencyRequired ?? false,
            c.QuorumOtherAgencies ?? d.QuorumOtherAgencies ?? 0,
            c.ShareWithFamilyWorkingDaysBefore ?? d.ShareWithFamilyWorkingDaysBefore);
    }

    public bool HasQuorumRule => QuorumOtherAgencies > 0;
}
