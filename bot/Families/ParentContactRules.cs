using System.Globalization;
using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Families;

/// <summary>
/// Checks a parent contact card: required answers, length limits, a time not in the future (read as Europe/London),
/// and the reason when consent was not sought. Every problem is listed at once.
/// </summary>
public static class ParentContactRules
{
    public const int OutcomeLimit = 2000;
    public const int ShortLimit = 300;
    public const int ReasonLimit = 500;

    /// <summary>How a contact was made or attempted: card value and the words shown.</summary>
    public static readonly IReadOnlyDictionary<string, string> Methods = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["inPerson"] = "In person",
        ["phone"] = "Phone",
        ["homeVisit"] = "Home visit",
        ["message"] = "Message",
        ["letter"] = "Letter",
        ["other"] = "Other",
    };

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static ParentContactCheck Check(SubmitParentContactData data, DateTimeOffset now)
    {
        var problems = new List<string>();
        void Limit(string? value, int limit, string what)
        {
            if ((value?.Trim().Length ?? 0) > limit)
                problems.Add($"{what} is {value!.Trim().Length:N0} characters; the limit is {limit:N0}. Shorten it.");
        }

        var occurredAt = ReadTime(data.ContactedOn, data.ContactedAt, problems);
        if (occurredAt is { } at && at > now)
            problems.Add("The date and time are in the future. Give when the contact was made or attempted.");
        var method = data.Method is { } m && Methods.TryGetValue(m, out var title) ? title : null;
        if (method is null) problems.Add("Choose how the contact was made or attempted.");
        var reached = data.Reached switch { "yes" => true, "no" => false, _ => (bool?)null };
        if (reached is null) problems.Add("Say whether the parent or carer was reached, or it was an attempt.");
        if (string.IsNullOrWhiteSpace(data.Present)) problems.Add("Say who was present (or who tried to make contact).");
        if (string.IsNullOrWhiteSpace(data.Outcome)) problems.Add("Say what the outcome was.");
        Limit(data.Present, ShortLimit, "Who was present");
        Limit(data.Outcome, OutcomeLimit, "The outcome");
        Limit(data.ConsentWhy, ReasonLimit, "The consent note");
        Limit(data.ShareReason, ReasonLimit, "The reason for professionals only");

        var consent = Enum.TryParse<ParentConsent>(data.Consent, ignoreCase: false, out var c) && Enum.IsDefined(c) && !int.TryParse(data.Consent, out _) ? c : (ParentConsent?)null;
        if (consent is null) problems.Add("Say whether consent to share was given, refused, or not sought.");
        else if (consent == ParentConsent.NotSought && string.IsNullOrWhiteSpace(data.ConsentWhy))
            problems.Add("Say why consent was not sought (for example, seeking it would put the child at risk).");
        var share = data.Share switch { "family" => true, "professionals" => false, _ => (bool?)null };
        if (share is null) problems.Add("Say whether this record may be shared with the family.");
        else if (share == false && string.IsNullOrWhiteSpace(data.ShareReason))
            problems.Add("Give the reason it is for professionals only.");

        if (problems.Count > 0) return new ParentContactCheck(null, problems);
        return new ParentContactCheck(new ValidParentContact(
            occurredAt!.Value,
            share!.Value ? FamilyVisibility.Shareable : FamilyVisibility.ProfessionalsOnly(data.ShareReason!.Trim()),
            new ParentContactBody(method!, data.Present!.Trim(), reached!.Value, data.Outcome!.Trim(), consent!.Value, data.ConsentWhy?.Trim() ?? "")), []);
    }

    private static DateTimeOffset? ReadTime(string? date, string? time, List<string> problems)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            problems.Add("Give the date of the contact or attempt.");
            return null;
        }
        if (!TimeOnly.TryParseExact((time ?? "").Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            problems.Add("Give the time of the contact or attempt (an estimate is fine).");
            return null;
        }
        var local = day.ToDateTime(at, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }
}

public sealed record ParentContactCheck(ValidParentContact? Contact, IReadOnlyList<string> Problems);

public sealed record ValidParentContact(DateTimeOffset OccurredAt, FamilyVisibility Visibility, ParentContactBody Body);
