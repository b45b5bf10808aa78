using System.Globalization;

namespace CaseCoordinatorBot.Conferences;

/// <summary>The words people see for meeting types, and what they may type after <c>conference</c>.</summary>
public static class ConferenceVocabulary
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Title(MeetingType type) => type switch
    {
        MeetingType.StrategyDiscussion => "Strategy discussion",
        MeetingType.InitialConference => "Initial child protection conference",
        MeetingType.ReviewConference => "Review child protection conference",
        MeetingType.CoreGroup => "Core group meeting",
        MeetingType.ChildInNeed => "Child in need meeting",
        MeetingType.EarlyHelp => "Early help (team around the family) meeting",
        _ => "Professionals-only meeting",
    };

    /// <summary>The words accepted after <c>conference</c>, each naming one type.</summary>
    public static IReadOnlyDictionary<string, MeetingType> Names { get; } = new Dictionary<string, MeetingType>(StringComparer.OrdinalIgnoreCase)
    {
        ["strategy"] = MeetingType.StrategyDiscussion,
        ["icpc"] = MeetingType.InitialConference,
        ["initial"] = MeetingType.InitialConference,
        ["review"] = MeetingType.ReviewConference,
        ["rcpc"] = MeetingType.ReviewConference,
        ["core-group"] = MeetingType.CoreGroup,
        ["coregroup"] = MeetingType.CoreGroup,
        ["cin"] = MeetingType.ChildInNeed,
        ["early-help"] = MeetingType.EarlyHelp,
        ["taf"] = MeetingType.EarlyHelp,
        ["professionals"] = MeetingType.ProfessionalsOnly,
    };

    public const string Usage =
        "Name the meeting: 'conference strategy', 'conference icpc', 'conference review', 'conference core-group', " +
        "'conference cin', 'conference early-help' or 'conference professionals'.";

    public static bool TryParse(string? text, out MeetingType type)
    {
        var word = (text ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return Names.TryGetValue(word, out type) || (Enum.TryParse(word, ignoreCase: true, out type) && Enum.IsDefined(type));
    }

    /// <summary>A local day as cards show it: "Thu 10 Dec".</summary>
    public static string Day(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM", EnGb);

    /// <summary>A slot as cards show it: "Tue 1 Dec 2026, 10:00–11:00".</summary>
    public static string Slot(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var s = TimeZoneInfo.ConvertTime(start, zone);
        var e = TimeZoneInfo.ConvertTime(end, zone);
        return $"{s.ToString("ddd d MMM yyyy, HH:mm", EnGb)}–{e.ToString("HH:mm", EnGb)}";
    }

    /// <summary>What a slot's button sends back: its start, in UTC to the minute.</summary>
    public static string SlotKey(DateTimeOffset start) => start.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}
