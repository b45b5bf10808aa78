using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

/// <summary>The configured rules applied: due dates, who is invited and required, who may arrange, who chairs.</summary>
public sealed class ConferenceRules(IOptions<ConferenceOptions> options, WorkingDayCalendar calendar)
{
    public ConferenceOptions Options => options.Value;

    public MeetingRule Rule(MeetingType type) => MeetingRule.From(type, options.Value.Types.GetValueOrDefault(type));

    /// <summary>
    /// When a meeting of <paramref name="type"/> is due: counted from the last meeting of the rule's
    /// <see cref="MeetingRule.After"/> type held or booked, else from <paramref name="requestedAt"/>. A type that
    /// repeats (reviews) counts its repeat interval from its own last meeting once there is one.
    /// </summary>
    public DateTimeOffset DueBy(MeetingType type, DateTimeOffset requestedAt, IReadOnlyList<ConferenceSummary> earlier)
    {
        var rule = Rule(type);
        DateTimeOffset? Last(MeetingType t) => earlier
            .Where(c => c.Type == t && c.Status == ConferenceStatus.Scheduled && c.Start is not null)
            .Max(c => c.Start);

        if (rule.RepeatMonths is { } repeat && Last(type) is { } previous)
            return MonthsAfter(previous, repeat);
        var anchor = (rule.After is { } after ? Last(after) : null) ?? requestedAt;
        return rule.DueWorkingDays is { } days ? calendar.DeadlineAfter(anchor, days) : MonthsAfter(anchor, rule.DueMonths ?? 1);
    }

    /// <summary>"Within N months": the last working day on or before the same date N months on, at close of business.</summary>
    public DateTimeOffset MonthsAfter(DateTimeOffset anchor, int months)
    {
        var day = calendar.LocalDay(anchor).AddMonths(months);
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        return calendar.CloseOfBusinessOn(day);
    }

    /// <summary>The working day <paramref name="n"/> working days before <paramref name="day"/>.</summary>
    public DateOnly WorkingDaysBefore(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day)) n--;
        }
        return day;
    }

    /// <summary>When contributions are due for sharing with the family (close of business), or null when the type asks for none.</summary>
    public DateTimeOffset? SharingDeadline(Conference c) =>
        c.Meeting is { } m && Rule(c.Type).ShareWithFamilyWorkingDaysBefore is { } n
            ? calendar.CloseOfBusinessOn(WorkingDaysBefore(calendar.LocalDay(m.Start), n))
            : null;

    /// <summary>When agencies are asked for contributions: the start of working hours some working days before the sharing deadline.</summary>
    public DateTimeOffset? ContributionRequestAt(Conference c)
    {
        if (SharingDeadline(c) is not { } deadline) return null;
        var day = WorkingDaysBefore(calendar.LocalDay(deadline), options.Value.ContributionRequestWorkingDaysBefore);
        var local = day.ToDateTime(options.Value.WorkingHoursStart, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
    }

    /// <summary>When the chair is briefed: the start of working hours some working days before a conference that asks for contributions.</summary>
    public DateTimeOffset? BriefingAt(Conference c)
    {
        if (SharingDeadline(c) is null || c.Meeting is not { } m) return null;
        var day = WorkingDaysBefore(calendar.LocalDay(m.Start), options.Value.BriefingWorkingDaysBefore);
        var local = day.ToDateTime(options.Value.WorkingHoursStart, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
    }

    /// <summary>The start of working hours on the local day of <paramref name="instant"/>.</summary>
    public DateTimeOffset StartOfWorkingDay(DateTimeOffset instant)
    {
        var local = calendar.LocalDay(instant).ToDateTime(options.Value.WorkingHoursStart, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
    }

    /// <summary>The agencies that must be there: the type's, the referrer's for strategy discussions, and education when the child is at school.</summary>
    public IReadOnlyList<Agency> RequiredAgencies(MeetingType type, CaseFile file, Agency? referringAgency)
    {
        var rule = Rule(type);
        var agencies = new List<Agency>(rule.RequiredAgencies);
        if (rule.ReferringAgencyRequired && referringAgency is { } referrer) agencies.Add(referrer);
        if (options.Value.EducationAlwaysInvited && file.Members.Any(m => m.Agency == Agency.School)) agencies.Add(Agency.School);
        return agencies.Distinct().Order().ToArray();
    }

    /// <summary>
    /// Everyone with a role in the case, once each (their first grant names their agency), with their mailbox from the
    /// roster. Members of a required agency and the conference chair are required.
    /// </summary>
    public IReadOnlyList<ConferenceInvitee> Invitees(MeetingType type, CaseFile file, Agency? referringAgency, IReadOnlyDictionary<string, string> addresses)
    {
        var required = RequiredAgencies(type, file, referringAgency);
        return file.Members
            .GroupBy(m => m.UserKey)
            .Select(g => g.OrderBy(m => m.Role == CaseRole.ConferenceChair ? 0 : 1).First())
            .Select(m => new ConferenceInvitee(m.UserKey, m.Name, m.Agency, m.Role,
                addresses.GetValueOrDefault(m.AadObjectId.ToLowerInvariant(), ""),
                required.Contains(m.Agency) || m.Role == CaseRole.ConferenceChair))
            .OrderBy(i => i.Agency).ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Who may request, schedule and cancel meetings: children's social care, the conference chair, and case leads.</summary>
    public static bool MayArrange(CaseFile file, string userKey) =>
        file.Members.Any(m => m.UserKey == userKey && (m.Agency == Agency.Csc || m.Role is CaseRole.ConferenceChair or CaseRole.Lead));

    /// <summary>Who is warned of risks: the conference chair, else the CSC lead, else CSC's social worker or team manager.</summary>
    public static CaseMember? Chair(CaseFile file) =>
        file.Members.FirstOrDefault(m => m.Role == CaseRole.ConferenceChair)
        ?? file.Members.FirstOrDefault(m => m.Role == CaseRole.Lead && m.Agency == Agency.Csc)
        ?? file.Members.FirstOrDefault(m => m.Agency == Agency.Csc);
}
