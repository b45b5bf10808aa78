using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API v3, for the endpoints the bot uses. Every call names the service URL it goes
/// to; a service URL that was not learnt from an authenticated activity (or configured) is refused before
/// any token is attached.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c></summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{replyToId}</c></summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c></summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c></summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations</c>: a new channel thread or a proactive 1:1 chat.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/pagedmembers</c>, all pages.</summary>
    Task<IReadOnlyList<TeamsChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/members/{memberId}</c>; null when not a member (404).</summary>
    Task<TeamsChannelAccount?> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);
}

/// <summary>A connector call that failed after the retries that were safe to make.</summary>
public sealed class ConnectorException(int? statusCode, string? errorCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>HTTP status, or null when no answer came (timeout, connection refused).</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>The connector's error code, e.g. BotNotInConversationRoster.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>
    /// The wait a 429 or 503 answer asked for (Retry-After), if it said: the client gives up on a wait longer than
    /// its own maximum, and whoever repeats the call later (the timer sweeper) waits at least this long.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }
}
