using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// One meeting type's rules as configuration (<c>Conferences:Types:&lt;Type&gt;</c>). Every field is optional: what is
/// not set keeps the default of <see cref="ConferenceDefaults"/>, so an area overrides only what differs.
/// </summary>
public sealed class MeetingTypeOptions
{
    /// <summary>Due this many working days after the anchor (close of business); or use <see cref="DueMonths"/>.</summary>
    public int? DueWorkingDays { get; set; }

    /// <summary>Due this many calendar months after the anchor (on the last working day not after it).</summary>
    public int? DueMonths { get; set; }

    /// <summary>Once a meeting of this type has been held, the next one is due this many months after it (reviews).</summary>
    public int? RepeatMonths { get; set; }

    /// <summary>The meeting whose date starts the clock (ICPC after the strategy discussion); none: the request itself.</summary>
    public MeetingType? After { get; set; }

    public int? DurationMinutes { get; set; }

    /// <summary>Agencies whose absence blocks the meeting; education is added when the child is at school or nursery.</summary>
    public Agency[]? RequiredAgencies { get; set; }

    /// <summary>Whether the agency that referred is required too (strategy discussions).</summary>
    public bool? ReferringAgencyRequired { get; set; }

    /// <summary>Agencies' contributions are due for sharing with the family this many working days before; none: no contributions asked.</summary>
    public int? ShareWithFamilyWorkingDaysBefore { get; set; }

    /// <summary>Quorum: CSC plus at least this many other agencies; 0 means no quorum rule.</summary>
    public int? QuorumOtherAgencies { get; set; }
}
