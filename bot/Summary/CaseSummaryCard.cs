namespace CaseCoordinatorBot.Summary;

/// <summary>
/// Data of <c>cards/summary/case-summary.json</c>: the case at a glance. Headlines only (kinds, dates, statuses,
/// names of professionals), never concern or referral text, because the card sits at the top of a channel that
/// every agency in the case reads.
/// </summary>
public sealed record CaseSummaryCard(
    string CaseRef,
    string Initials,
    string Referral,
    string ReferralNext,
    bool HasEscalations,
    IReadOnlyList<SummaryLine> Escalations,
    string NextMeeting,
    string Plan,
    bool HasEntries,
    IReadOnlyList<SummaryLine> LatestEntries,
    IReadOnlyList<SummaryLine> Roles,
    string Siblings,
    string UpdatedAt);

/// <summary>One line of a list on the summary: a short title and its detail.</summary>
public sealed record SummaryLine(string Title, string Detail);
