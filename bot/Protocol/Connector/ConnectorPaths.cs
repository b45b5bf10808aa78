using System.Globalization;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>Connector REST API v3 paths, relative to the service URL. Ids go through <see cref="Format"/>.</summary>
public static class ConnectorPaths
{
    public const string Conversations = "v3/conversations";
    public const string ConversationActivities = "v3/conversations/{0}/activities";
    public const string ConversationActivity = "v3/conversations/{0}/activities/{1}";
    public const string ConversationPagedMembers = "v3/conversations/{0}/pagedmembers";
    public const string ConversationMember = "v3/conversations/{0}/members/{1}";

    /// <summary>Fills a path with ids, each percent-encoded: Teams ids hold ':', '@' and ';'.</summary>
    public static string Format(string path, params string[] ids) =>
        string.Format(CultureInfo.InvariantCulture, path, Array.ConvertAll<string, object>(ids, Uri.EscapeDataString));
}
