using System.Globalization;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Data of <c>cards/concerns/pattern-alert.json</c>: the early concerns that together crossed a threshold, by
/// entry number, date, agency and category. No concern text: the reviewers read the entries in the chronology.
/// </summary>
public sealed record PatternAlertCard(string CaseRef, string Initials, string Audience, string Reason, IReadOnlyList<PatternAlertLine> Entries)
{
    public static PatternAlertCard From(CaseFile file, IReadOnlyList<EarlyConcern> set, PatternAlertOptions options)
    {
        var agencies = set.Select(c => c.Agency).Distinct().Count();
        var reason = $"{set.Count} early concern{(set.Count == 1 ? "" : "s")} from {agencies} agenc{(agencies == 1 ? "y" : "ies")} " +
            $"(the thresholds: {options.Count} in {options.CountWindowDays} days, or {options.Agencies} agencies in {options.AgencyWindowDays} days).";
        return new(file.CaseRef, file.Initials, AudienceOf(file), reason,
            [.. set.Select(c => new PatternAlertLine(c.Sequence.ToString(CultureInfo.InvariantCulture), DisplayTime.Format(c.OccurredAt),
                CaseVocabulary.Title(c.Agency), ConcernVocabulary.Title(c.Category)))]);
    }

    /// <summary>Who must review: the safeguarding leads and social workers named in the case, or the roles when none is named yet.</summary>
    private static string AudienceOf(CaseFile file)
    {
        string Named(CaseRole role, string title) =>
            file.Members.Where(m => m.Role == role).Select(m => m.Name).ToArray() is { Length: > 0 } names
                ? $"the {title} ({string.Join(", ", names)})"
                : $"the {title}";
        return $"For {Named(CaseRole.Dsl, "designated safeguarding lead")} and {Named(CaseRole.SocialWorker, "social worker")}";
    }
}

public sealed record PatternAlertLine(string Sequence, string OccurredAt, string AgencyTitle, string CategoryTitle);
