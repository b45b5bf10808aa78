using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST client. Each call checks the service URL against <see cref="TrustedServiceUrls"/>
/// before it asks for a token, so a token never leaves for a host the bot has not heard from. Retries and
/// per-attempt timeouts live in the HTTP pipeline (<see cref="ConnectorResilience"/>).
/// </summary>
internal sealed class ConnectorClient(HttpClient http, TrustedServiceUrls trust, IBotTokenProvider tokens,
    IOptions<ConnectorOptions> options, TimeProvider clock, ILogger<ConnectorClient> logger) : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity,
        CancellationToken cancellationToken) =>
        (await SendForAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            ConnectorPaths.Format(ConnectorPaths.ConversationActivities, conversationId), activity,
            "SendToConversation", bodyRequired: true, cancellationToken).ConfigureAwait(false))!;

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId,
        Activity activity, CancellationToken cancellationToken) =>
        (await SendForAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            ConnectorPaths.Format(ConnectorPaths.ConversationActivity, conversationId, replyToId), activity,
            "ReplyToActivity", bodyRequired: true, cancellationToken).ConfigureAwait(false))!;

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId,
        Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendForAsync<ResourceResponse>(HttpMethod.Put, serviceUrl,
            ConnectorPaths.Format(ConnectorPaths.ConversationActivity, conversationId, activityId), activity,
            "UpdateActivity", bodyRequired: false, cancellationToken).ConfigureAwait(false);
        // Some channels answer an update with an empty body: the activity keeps its id.
        return response?.Id is null ? new ResourceResponse(activityId) : response;
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId,
        CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, serviceUrl,
            ConnectorPaths.Format(ConnectorPaths.ConversationActivity, conversationId, activityId), body: null,
            "DeleteActivity", cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "DeleteActivity", cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters,
        CancellationToken cancellationToken) =>
        (await SendForAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations,
            parameters, "CreateConversation", bodyRequired: true, cancellationToken).ConfigureAwait(false))!;

    public async Task<IReadOnlyList<TeamsChannelAccount>> GetConversationMembersAsync(string serviceUrl,
        string conversationId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = ConnectorPaths.Format(ConnectorPaths.ConversationPagedMembers, conversationId);
        var members = new List<TeamsChannelAccount>();
        string? continuation = null;
        for (var page = 0; page < settings.MaxMemberPages; page++)
        {
            var query = string.Create(CultureInfo.InvariantCulture, $"?pageSize={settings.MemberPageSize}")
                + (continuation is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuation));
            var result = (await SendForAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path + query, null,
                "GetConversationMembers", bodyRequired: true, cancellationToken).ConfigureAwait(false))!;
            members.AddRange(result.Members ?? []);
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
                return members;
        }

        Log.TooManyMemberPages(logger, settings.MaxMemberPages);
        throw new ConnectorException(null, "TooManyMemberPages",
            $"Connector GetConversationMembers still had more members after {settings.MaxMemberPages} pages.");
    }

    public async Task<TeamsChannelAccount?> GetConversationMemberAsync(string serviceUrl, string conversationId,
        string memberId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, serviceUrl,
            ConnectorPaths.Format(ConnectorPaths.ConversationMember, conversationId, memberId), body: null,
            "GetConversationMember", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        await EnsureSuccessAsync(response, "GetConversationMember", cancellationToken).ConfigureAwait(false);
        return await ReadAsync<TeamsChannelAccount>(response, "GetConversationMember", cancellationToken).ConfigureAwait(false);
    }

    private async Task<T?> SendForAsync<T>(HttpMethod method, string serviceUrl, string path, object? body,
        string operation, bool bodyRequired, CancellationToken cancellationToken) where T : class
    {
        using var response = await SendAsync(method, serviceUrl, path, body, operation, cancellationToken)
            .ConfigureAwait(false);
        await EnsureSuccessAsync(response, operation, cancellationToken).ConfigureAwait(false);
        var result = await ReadAsync<T>(response, operation, cancellationToken).ConfigureAwait(false);
        return result is null && bodyRequired ? throw InvalidResponse(response, operation, null) : result;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string serviceUrl, string path, object? body,
        string operation, CancellationToken cancellationToken)
    {
        if (!trust.TryGetTrustedBase(serviceUrl, out var baseUri))
        {
            Log.UntrustedServiceUrlRefused(logger, operation, HostOf(serviceUrl));
            throw new ConnectorException(null, "UntrustedServiceUrl",
                $"Connector {operation} refused: the service URL was not learnt from an authenticated activity nor configured.");
        }

        var token = await GetTokenAsync(operation, cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            // Bytes rather than a stream, so that a retry can send the same content again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        try
        {
            return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            Log.CallFailed(logger, operation, null, "Timeout");
            throw new ConnectorException(null, "Timeout", $"Connector {operation} timed out.", e);
        }
        catch (HttpRequestException e)
        {
            Log.CallFailed(logger, operation, null, "ConnectionFailed");
            throw new ConnectorException(null, "ConnectionFailed", $"Connector {operation} got no answer.", e);
        }
    }

    private async Task<string?> GetTokenAsync(string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.TokenUnavailable(logger, operation, e.GetType().Name);
            throw new ConnectorException(null, "TokenUnavailable", $"Connector {operation}: no token could be had.", e);
        }
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var status = (int)response.StatusCode;
        var (code, message) = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        Log.CallFailed(logger, operation, status, code);
        throw new ConnectorException(status, code,
            $"Connector {operation} answered {status} {code ?? response.ReasonPhrase}{(message is null ? "" : ": " + message)}")
        {
            RetryAfter = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                ? ConnectorResilience.RetryAfter(response, clock)
                : null,
        };
    }

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
                return (null, null);
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
                return (StringOf(error, "code"), StringOf(error, "message"));
        }
        catch (JsonException)
        {
            // Gateways in front of the connector can answer in HTML; the status alone then tells what failed.
        }

        return (null, null);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<T?> ReadAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return bytes.Length == 0 ? default : JsonSerializer.Deserialize<T>(bytes, BotJson.Options);
        }
        catch (JsonException e)
        {
            throw InvalidResponse(response, operation, e);
        }
    }

    private ConnectorException InvalidResponse(HttpResponseMessage response, string operation, Exception? inner)
    {
        var status = (int)response.StatusCode;
        Log.CallFailed(logger, operation, status, "InvalidResponse");
        return new ConnectorException(status, "InvalidResponse",
            $"Connector {operation} answered {status} without the expected JSON body.", inner);
    }

    private static string HostOf(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(invalid)";
}
