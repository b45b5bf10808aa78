using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Protocol.Schema;

/// <summary>The connector's answer to a send, reply or update.</summary>
public sealed record ResourceResponse(string? Id);

public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}

/// <summary>Body of <c>POST /v3/conversations</c>.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}

/// <summary>A conversation member as Teams returns it from the members APIs.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record PagedMembersResult
{
    public string? ContinuationToken { get; init; }
    public IReadOnlyList<TeamsChannelAccount>? Members { get; init; }
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response.</summary>
public sealed record AdaptiveCardInvokeResponse
{
    public int StatusCode { get; init; }
    public string? Type { get; init; }
    public JsonElement? Value { get; init; }

    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
