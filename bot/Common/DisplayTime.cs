namespace CaseCoordinatorBot.Common;

/// <summary>Times as people in England read them: Europe/London, whatever the server's zone.</summary>
public static class DisplayTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
