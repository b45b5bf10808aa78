using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity, shaped like Microsoft.Bot.Schema.Activity. Properties the bot does not model
/// are kept in <see cref="Properties"/> so that nothing a channel sends is silently dropped on a round trip.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Action { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public string? ReplyToId { get; init; }
    public string? Name { get; init; }
    public JsonElement? Value { get; init; }

    // Settable, not init: System.Text.Json's source generator cannot bind init-only extension data.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant of the host organisation, wherever Teams put it.</summary>
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation?.TenantId;

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>A message reply addressed back along this activity's conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Text = text,
        TextFormat = text is null ? null : "markdown",
        Locale = Locale,
    };
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
}

public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record ConversationAccount
{
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? TenantId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonNode? Content { get; init; }
    public string? Name { get; init; }

    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}

/// <summary>An activity entity; mentions carry <see cref="Mentioned"/> and <see cref="Text"/>.</summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record ConversationReference
{
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public string? Locale { get; init; }
}
