using System.Globalization;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>The checks on a monitoring period's dates and words, with the message each failure shows on the card.</summary>
public static class MonitoringRules
{
    public const int MaxTextLength = 2000;

    /// <summary>The end date, or the problem with it: after today, and at most <paramref name="maxWeeks"/> weeks on.</summary>
    public static (DateOnly? End, string? Problem) End(string? text, DateOnly today, int maxWeeks)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, "Give the end date: a monitoring period may not be open-ended.");
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            return (null, "The end date is not a date. Pick it from the calendar.");
        if (end <= today)
            return (null, "The end date must be after today.");
        if (end > today.AddDays(7 * maxWeeks))
            return (null, $"A period can run for at most {maxWeeks} weeks: end it by {MonitoringReviewCard.Day(today.AddDays(7 * maxWeeks))}, and extend once if needed.");
        return (end, null);
    }

    /// <summary>The required text, trimmed, or the problem with it.</summary>
    public static (string Text, string? Problem) Required(string? text, string what)
    {
        var clean = (text ?? "").Trim();
        if (clean.Length == 0) return (clean, $"Say {what}.");
        if (clean.Length > MaxTextLength) return (clean, $"Keep {what} to {MaxTextLength} characters.");
        return (clean, null);
    }

    public static bool IsPeriodId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    public static string Limit(DateOnly today, int maxWeeks) =>
        $"At most {maxWeeks} weeks: by {MonitoringReviewCard.Day(today.AddDays(7 * maxWeeks))} at the latest.";
}
