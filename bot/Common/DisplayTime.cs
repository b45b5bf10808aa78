namespace CaseCoordinatorBot.Common;

/// <summary>Times as people in England read them: Europe/London, whatever the server's zone.</summary>
public static class DisplayTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A day as a card shows it: "Tue 29 Dec 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
