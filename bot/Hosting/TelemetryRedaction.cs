using System.Text.RegularExpressions;

namespace CaseCoordinatorBot.Hosting;

/// <summary>Makes outbound URLs safe to export: the route's words stay, every id becomes <c>{id}</c>.</summary>
public static partial class TelemetryRedaction
{
    public static string Url(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => RouteWord().IsMatch(segment) ? segment : "{id}");
        return $"{uri.Scheme}://{uri.Authority}/{string.Join('/', segments)}";
    }

    // Route words are short, letters (and a version digit) only: "v3", "conversations", "getSchedule".
    // Ids contain digits, ':', '@', '%', '-' or are long; anything else is treated as an id.
    [GeneratedRegex("^(v[0-9](\\.[0-9])?|[A-Za-z]{1,24})$")]
    private static partial Regex RouteWord();
}
