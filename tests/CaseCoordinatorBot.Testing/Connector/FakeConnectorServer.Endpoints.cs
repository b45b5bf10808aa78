using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Testing.Connector;

/// <summary>The connector's state and its answers: activities by conversation, rosters, proactive refusals.</summary>
public sealed partial class FakeConnectorServer
{
    private const string ContinuationPrefix = "c/";
    private const string ContinuationSuffix = "+=="; // Characters a client must percent-encode in the query.

    private readonly Dictionary<(string Conversation, string Activity), JsonNode?> activities = [];
    private readonly Dictionary<string, List<TeamsChannelAccount>> rosters = new(StringComparer.Ordinal);
    private readonly HashSet<string> refusedProactive = new(StringComparer.Ordinal);
    private long lastActivityId = 1_700_000_000_000;

    /// <summary>The members <c>members</c> and <c>pagedmembers</c> return for a conversation (a team, channel or chat).</summary>
    public void SetRoster(string conversationId, IEnumerable<TeamsChannelAccount> members)
    {
        lock (gate) rosters[conversationId] = [.. members];
    }

    /// <summary>Makes an activity known, as if the bot had posted it, so that it can be updated or deleted.</summary>
    public void AddActivity(string conversationId, string activityId, JsonNode? activity = null)
    {
        lock (gate) activities[(conversationId, activityId)] = activity?.DeepClone();
    }

    /// <summary>The activity as last posted or updated (with its id), or null when unknown or deleted.</summary>
    public JsonNode? GetActivity(string conversationId, string activityId)
    {
        lock (gate) return activities.TryGetValue((conversationId, activityId), out var node) ? node?.DeepClone() : null;
    }

    public bool HasActivity(string conversationId, string activityId)
    {
        lock (gate) return activities.ContainsKey((conversationId, activityId));
    }

    /// <summary>A proactive 1:1 to this member is refused with 403 BotNotInConversationRoster (app not installed).</summary>
    public void RefuseProactive(string memberId)
    {
        lock (gate) refusedProactive.Add(memberId);
    }

    private (int Status, JsonNode? Body) Answer(ConnectorRequest request, string[] segments)
    {
        if (ExpectedBearerToken is { } expected && request.Authorization != "Bearer " + expected)
            return (401, Error("Unauthorized", "Authorization has been denied for this request."));

        lock (gate)
        {
            return (request.Method, segments) switch
            {
                ("POST", ["v3", "conversations"]) => CreateConversation(request.Body),
                ("POST", ["v3", "conversations", var conversation, "activities"]) => Post(conversation, request.Body, null),
                ("POST", ["v3", "conversations", var conversation, "activities", var replyTo]) => Post(conversation, request.Body, replyTo),
                ("PUT", ["v3", "conversations", var conversation, "activities", var activity]) => Update(conversation, activity, request.Body),
                ("DELETE", ["v3", "conversations", var conversation, "activities", var activity]) => Delete(conversation, activity),
                ("GET", ["v3", "conversations", var conversation, "pagedmembers"]) => PagedMembers(conversation, request.Query),
                ("GET", ["v3", "conversations", var conversation, "members"]) => AllMembers(conversation),
                ("GET", ["v3", "conversations", var conversation, "members", var member]) => Member(conversation, member),
                _ => (404, Error("NotFound", "No such connector endpoint.")),
            };
        }
    }

    private (int, JsonNode?) Post(string conversation, JsonNode? body, string? replyTo)
    {
        if (body is not JsonObject activity || activity["type"] is null)
            return (400, Error("BadArgument", "An activity with a type is required."));
        var id = Store(conversation, activity, replyTo);
        return (201, new JsonObject { ["id"] = id });
    }

    private string NextId() => (++lastActivityId).ToString(CultureInfo.InvariantCulture);

    private string Store(string conversation, JsonObject activity, string? replyTo, string? id = null)
    {
        id ??= NextId();
        var stored = (JsonObject)activity.DeepClone();
        stored["id"] = id;
        if (replyTo is not null)
            stored["replyToId"] = replyTo;
        activities[(conversation, id)] = stored;
        return id;
    }

    private (int, JsonNode?) Update(string conversation, string activityId, JsonNode? body)
    {
        if (!activities.ContainsKey((conversation, activityId)))
            return (404, Error("ActivityNotFoundInConversation", "The activity was not found in the conversation."));
        if (body is not JsonObject activity)
            return (400, Error("BadArgument", "An activity is required."));
        var stored = (JsonObject)activity.DeepClone();
        stored["id"] = activityId;
        activities[(conversation, activityId)] = stored;
        return (200, new JsonObject { ["id"] = activityId });
    }

    private (int, JsonNode?) Delete(string conversation, string activityId) =>
        activities.Remove((conversation, activityId))
            ? (200, null)
            : (404, Error("ActivityNotFoundInConversation", "The activity was not found in the conversation."));

    private (int, JsonNode?) CreateConversation(JsonNode? body)
    {
        if (body is not JsonObject parameters)
            return (400, Error("BadArgument", "Conversation parameters are required."));
        var channelId = parameters["channelData"]?["channel"]?["id"]?.GetValue<string>();
        var memberId = parameters["members"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>();
        var activity = parameters["activity"] as JsonObject;

        if (parameters["isGroup"]?.GetValue<bool>() == true && channelId is not null)
        {
            // A new thread in a channel: Teams names the conversation after the thread's root message.
            var rootId = NextId();
            var thread = channelId + ";messageid=" + rootId;
            if (activity is not null)
                Store(thread, activity, null, rootId);
            return (201, new JsonObject { ["id"] = thread, ["activityId"] = activity is null ? null : rootId });
        }

        if (memberId is null)
            return (400, Error("BadArgument", "Either a channel (isGroup) or one member is required."));
        if (refusedProactive.Contains(memberId))
            return (403, Error("BotNotInConversationRoster", "The bot is not part of the conversation roster."));

        var chat = "a:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(memberId)))[..24];
        var sentId = activity is null ? null : Store(chat, activity, null);
        return (201, new JsonObject { ["id"] = chat, ["activityId"] = sentId });
    }

    private (int, JsonNode?) PagedMembers(string conversation, IReadOnlyDictionary<string, string> query)
    {
        if (!rosters.TryGetValue(conversation, out var roster))
            return (404, Error("ConversationNotFound", "The conversation was not found."));
        var size = query.TryGetValue("pageSize", out var asked) && int.TryParse(asked, CultureInfo.InvariantCulture, out var n) && n > 0
            ? Math.Min(n, MemberPageSize)
            : MemberPageSize;
        var offset = 0;
        if (query.TryGetValue("continuationToken", out var token) && !TryReadContinuation(token, out offset))
            return (400, Error("BadArgument", "The continuation token is not valid."));

        var page = roster.Skip(offset).Take(size).ToList();
        var next = offset + page.Count;
        return (200, new JsonObject
        {
            ["members"] = ToNode<IReadOnlyList<TeamsChannelAccount>>(page),
            ["continuationToken"] = next < roster.Count
                ? ContinuationPrefix + next.ToString(CultureInfo.InvariantCulture) + ContinuationSuffix
                : null,
        });
    }

    private (int, JsonNode?) AllMembers(string conversation) =>
        rosters.TryGetValue(conversation, out var roster)
            ? (200, ToNode<IReadOnlyList<TeamsChannelAccount>>(roster))
            : (404, Error("ConversationNotFound", "The conversation was not found."));

    private (int, JsonNode?) Member(string conversation, string memberId)
    {
        // Teams accepts the member's 29: id or their AAD object id.
        var member = rosters.TryGetValue(conversation, out var roster)
            ? roster.FirstOrDefault(m => m.Id == memberId || m.AadObjectId == memberId)
            : null;
        return member is null
            ? (404, Error("MemberNotFoundInConversation", "The member was not found in the conversation."))
            : (200, ToNode(member));
    }

    private static bool TryReadContinuation(string token, out int offset)
    {
        offset = 0;
        return token.StartsWith(ContinuationPrefix, StringComparison.Ordinal)
            && token.EndsWith(ContinuationSuffix, StringComparison.Ordinal)
            && int.TryParse(token[ContinuationPrefix.Length..^ContinuationSuffix.Length], CultureInfo.InvariantCulture, out offset);
    }
}
