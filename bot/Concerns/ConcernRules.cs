using System.Globalization;
using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Checks a submitted concern card: required answers, length limits and a time that is not in the future
/// (read as Europe/London, where the people filling the card are). Every problem is listed at once.
/// </summary>
public static class ConcernRules
{
    public const int SeenLimit = 4000;
    public const int ChildsWordsLimit = 2000;
    public const int ActionLimit = 2000;
    public const int ShortLimit = 200;
    public const int MediumLimit = 500;

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The concern ready to record, or the problems to show on the card.</summary>
    public static ConcernCheck Check(SubmitConcernData data, DateTimeOffset now)
    {
        var problems = new List<string>();
        void Require(string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"Say {what}.");
        }
        void Limit(string? value, int limit, string what)
        {
            if ((value?.Trim().Length ?? 0) > limit)
                problems.Add($"{what} is {value!.Trim().Length:N0} characters; the limit is {limit:N0}. Shorten it, or log a second concern.");
        }

        Require(data.Seen, "what was seen or heard");
        Require(data.Where, "where it happened");
        Require(data.NoticedBy, "who noticed it");
        Require(data.ActionTaken, "what was done at once (even if nothing was)");
        Limit(data.Seen, SeenLimit, "What was seen or heard");
        Limit(data.ChildsWords, ChildsWordsLimit, "The child's words");
        Limit(data.ActionTaken, ActionLimit, "What was done");
        Limit(data.Where, ShortLimit, "Where");
        Limit(data.NoticedBy, ShortLimit, "Who noticed");
        Limit(data.OthersKnow, MediumLimit, "Who else knows");
        Limit(data.CscHow, MediumLimit, "How you know children's social care is aware");
        Limit(data.ShareReason, MediumLimit, "The reason for professionals only");

        var occurredAt = ReadTime(data.SeenOn, data.SeenAt, problems);
        if (occurredAt is { } at && at > now)
            problems.Add("The date and time are in the future. Give when it was seen or heard.");

        var csc = Parse<CscAwareness>(data.CscAware);
        if (csc is null) problems.Add("Say whether children's social care is already aware.");
        else if (csc == CscAwareness.Yes && string.IsNullOrWhiteSpace(data.CscHow))
            problems.Add("Say how you know children's social care is aware (who told you, and when).");
        var category = Parse<ConcernCategory>(data.Category);
        if (category is null) problems.Add("Choose a category.");
        var level = Parse<ConcernLevel>(data.Level);
        if (level is null) problems.Add("Say whether this is an early (sub-threshold) concern or needs a referral now.");
        var share = data.Share switch { "family" => true, "professionals" => false, _ => (bool?)null };
        if (share is null) problems.Add("Say whether this may be shared with the family.");
        else if (share == false && string.IsNullOrWhiteSpace(data.ShareReason))
            problems.Add("Give the reason it is for professionals only.");

        if (problems.Count > 0) return new ConcernCheck(null, problems);
        return new ConcernCheck(new ValidConcern(
            occurredAt!.Value, category!.Value,
            share!.Value ? FamilyVisibility.Shareable : FamilyVisibility.ProfessionalsOnly(data.ShareReason!.Trim()),
            new ConcernBody(
                data.Seen!.Trim(), data.ChildsWords?.Trim() ?? "", data.Where!.Trim(), data.NoticedBy!.Trim(),
                data.ActionTaken!.Trim(), data.OthersKnow?.Trim() ?? "", csc!.Value, data.CscHow?.Trim() ?? "",
                level!.Value, [])), []);
    }

    private static DateTimeOffset? ReadTime(string? date, string? time, List<string> problems)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            problems.Add("Give the date it was seen or heard.");
            return null;
        }
        var clock = (time ?? "").Trim();
        if (!TimeOnly.TryParseExact(clock, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            problems.Add("Give the time it was seen or heard (an estimate is fine).");
            return null;
        }
        var local = day.ToDateTime(at, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }

    private static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}

public sealed record ConcernCheck(ValidConcern? Concern, IReadOnlyList<string> Problems);

public sealed record ValidConcern(DateTimeOffset OccurredAt, ConcernCategory Category, FamilyVisibility Visibility, ConcernBody Body);
