namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Whether a case's early concerns, together, may meet the threshold. A window of N days ending now holds the
/// concerns that happened at or after now minus N days; older ones no longer count.
/// </summary>
public static class PatternRules
{
    /// <summary>The concerns that together cross a threshold (oldest first), or an empty list.</summary>
    public static IReadOnlyList<EarlyConcern> Crossing(IEnumerable<EarlyConcern> concerns, DateTimeOffset now, PatternAlertOptions options)
    {
        var all = concerns.Where(c => c.OccurredAt <= now).OrderBy(c => c.OccurredAt).ThenBy(c => c.Sequence).ToArray();
        var byCount = Within(all, now, options.CountWindowDays);
        var byAgency = Within(all, now, options.AgencyWindowDays);
        var countCrossed = byCount.Length >= options.Count;
        var agencyCrossed = byAgency.Select(c => c.Agency).Distinct().Count() >= options.Agencies;
        if (!countCrossed && !agencyCrossed) return [];
        // The wider set when both are crossed, so that the reviewers see everything that counted.
        return countCrossed && (!agencyCrossed || byCount.Length >= byAgency.Length) ? byCount : byAgency;
    }

    /// <summary>Names a set of entries, so that the same set is alerted on once.</summary>
    public static string Key(IEnumerable<EarlyConcern> set) => string.Join(",", set.Select(c => c.Sequence).Order());

    private static EarlyConcern[] Within(EarlyConcern[] all, DateTimeOffset now, int days) =>
        all.Where(c => c.OccurredAt >= now.AddDays(-days)).ToArray();
}
