using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>One incoming activity being handled: what came in, who sent it, and where it came from.</summary>
public sealed class Turn(Activity activity, string correlationId)
{
    public Activity Activity { get; } = activity;

    /// <summary>Ties the log lines and any error card of this turn together.</summary>
    public string CorrelationId { get; } = correlationId;

    /// <summary>The acting person, or null when the channel did not say who (no AAD object id).</summary>
    public BotUser? User { get; } = BotUser.From(activity);

    public string ConversationId => Activity.Conversation?.Id ?? "";

    public string ServiceUrl => Activity.ServiceUrl ?? "";

    public string ConversationType => Activity.Conversation?.ConversationType ?? "personal";

    public bool IsChannel => ConversationType == "channel";

    public bool IsPersonal => ConversationType == "personal";

    /// <summary>
    /// The Teams channel this turn happened in. Invokes in a channel carry <c>channel.id</c> but not
    /// <c>teamsChannelId</c>, and the conversation id is <c>&lt;channel&gt;;messageid=&lt;root&gt;</c>, so fall back in that order.
    /// </summary>
    public string? ChannelId => !IsChannel ? null
        : Activity.ChannelData?.Channel?.Id ?? Activity.ChannelData?.TeamsChannelId ?? ConversationId.Split(';')[0];

    public string? TeamId => Activity.ChannelData?.Team?.Id ?? Activity.ChannelData?.TeamsTeamId;

    public string? TenantId => Activity.TenantId;

    /// <summary>The identity that dedups this activity: Teams redelivers with the same ids.</summary>
    public string? DedupKey => Activity.Id is { Length: > 0 } id ? $"{ConversationId}\n{id}" : null;
}

/// <summary>
/// A person, identified by tenant and AAD object id: agencies are separate organisations, so display
/// names and per-bot ids (29:...) are never identities.
/// </summary>
public sealed record BotUser(string TenantId, string AadObjectId, string DisplayName)
{
    public static BotUser? From(Activity activity)
    {
        var aad = activity.From?.AadObjectId;
        var tenant = activity.TenantId;
        if (string.IsNullOrWhiteSpace(aad) || string.IsNullOrWhiteSpace(tenant)) return null;
        return new BotUser(tenant.ToLowerInvariant(), aad.ToLowerInvariant(), activity.From?.Name ?? "");
    }

    public string Key => $"{TenantId}/{AadObjectId}";
}
