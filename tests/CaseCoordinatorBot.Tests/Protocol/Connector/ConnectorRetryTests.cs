using System.Net;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Testing.Connector;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

/// <summary>The resilience pipeline against the fake connector, on a fake clock: no test waits for real time.</summary>
public sealed class ConnectorRetryTests
{
    private const string Conversation = "19:abc@thread.tacv2";
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly Activity Message = new() { Type = ActivityTypes.Message, Text = "hello" };

    private static async Task<ConnectorHarness> StartAsync()
    {
        var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));
        h.Server.AddActivity(Conversation, "42");
        h.Server.SetRoster(Conversation, [new TeamsChannelAccount { Id = "29:1", AadObjectId = "aad-1" }]);
        return h;
    }

    [Fact]
    public async Task A_put_throttled_with_Retry_After_waits_that_long_and_then_succeeds()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.TooManyRequests(TimeSpan.FromSeconds(3)), method: "PUT");

        var update = h.Client.UpdateActivityAsync(h.ServiceUrl, Conversation, "42", Message, Ct);
        await h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        h.Clock.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));
        Assert.Single(h.Server.Requests);
        Assert.False(update.IsCompleted);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await update;

        var requests = h.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("PUT", r.Method));
        Assert.All(requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.All(requests, r => Assert.Equal("hello", r.Body!["text"]!.GetValue<string>())); // the body is sent again
    }

    [Fact]
    public async Task A_Retry_After_given_as_an_HTTP_date_is_honoured()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.TooManyRequestsUntil(h.Clock.GetUtcNow().AddSeconds(5)), method: "GET");

        var member = h.Client.GetConversationMemberAsync(h.ServiceUrl, Conversation, "29:1", Ct);
        await h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        h.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("aad-1", (await member)!.AadObjectId);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task A_get_answered_503_is_retried_and_then_succeeds()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.ServiceUnavailable(), method: "GET");

        var members = await h.Client.GetConversationMembersAsync(h.ServiceUrl, Conversation, Ct);

        Assert.Equal("aad-1", Assert.Single(members).AadObjectId);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task A_get_answered_503_with_Retry_After_waits_that_long()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.ServiceUnavailable(TimeSpan.FromSeconds(2)), method: "GET");

        var members = h.Client.GetConversationMembersAsync(h.ServiceUrl, Conversation, Ct);
        await h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        Assert.Single(h.Server.Requests);
        h.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Single(await members);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task A_post_throttled_is_retried_because_429_proves_nothing_was_created()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.TooManyRequests(TimeSpan.FromSeconds(1)), method: "POST");

        var send = h.Client.SendToConversationAsync(h.ServiceUrl, Conversation, Message, Ct);
        await h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        var sent = await send;

        Assert.Equal(2, h.Server.Requests.Count);
        Assert.True(h.Server.HasActivity(Conversation, sent.Id!));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task A_post_answered_with_a_server_error_is_not_retried(HttpStatusCode status)
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.Status(status, "Busy"), times: 3, method: "POST");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.SendToConversationAsync(h.ServiceUrl, Conversation, Message, Ct));

        Assert.Equal((int)status, failure.StatusCode);
        Assert.Equal("Busy", failure.ErrorCode);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task A_post_that_times_out_is_not_retried_because_it_may_have_been_posted()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.Slow(TimeSpan.FromSeconds(30)), method: "POST");

        var send = h.Client.ReplyToActivityAsync(h.ServiceUrl, Conversation, "42", Message, Ct);
        await h.Server.WaitForRequestsAsync(1);
        await h.Clock.WaitForTimerAsync(ConnectorHarness.RequestTimeout);
        h.Clock.Advance(ConnectorHarness.RequestTimeout);
        var failure = await Assert.ThrowsAsync<ConnectorException>(() => send);

        Assert.Null(failure.StatusCode);
        Assert.Equal("Timeout", failure.ErrorCode);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task A_post_whose_connection_drops_is_not_retried()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.DropConnection(), method: "POST");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.SendToConversationAsync(h.ServiceUrl, Conversation, Message, Ct));

        Assert.Equal("ConnectionFailed", failure.ErrorCode);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task A_get_that_times_out_is_retried_with_a_fresh_attempt_timeout()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.Slow(TimeSpan.FromSeconds(30)), method: "GET");

        var member = h.Client.GetConversationMemberAsync(h.ServiceUrl, Conversation, "29:1", Ct);
        await h.Server.WaitForRequestsAsync(1);
        await h.Clock.WaitForTimerAsync(ConnectorHarness.RequestTimeout);
        h.Clock.Advance(ConnectorHarness.RequestTimeout);

        Assert.Equal("aad-1", (await member)!.AadObjectId);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task A_delete_whose_connection_drops_is_retried()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.DropConnection(), method: "DELETE");

        await h.Client.DeleteActivityAsync(h.ServiceUrl, Conversation, "42", Ct);

        Assert.Equal(2, h.Server.Requests.Count);
        Assert.False(h.Server.HasActivity(Conversation, "42"));
    }

    [Fact]
    public async Task Retries_stop_after_four_attempts()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.ServiceUnavailable(), times: 10, method: "GET");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.GetConversationMembersAsync(h.ServiceUrl, Conversation, Ct));

        Assert.Equal(503, failure.StatusCode);
        Assert.Equal("ServiceUnavailable", failure.ErrorCode);
        Assert.Equal(4, h.Server.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_longest_wait_ends_the_call_instead()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.TooManyRequests(TimeSpan.FromSeconds(31)), method: "PUT");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.UpdateActivityAsync(h.ServiceUrl, Conversation, "42", Message, Ct));

        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(31), failure.RetryAfter); // for whoever repeats the call later
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task A_post_throttled_for_longer_than_the_longest_wait_fails_carrying_its_Retry_After()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.TooManyRequests(TimeSpan.FromMinutes(5)), method: "POST");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.SendToConversationAsync(h.ServiceUrl, Conversation, Message, Ct));

        Assert.Equal(TimeSpan.FromMinutes(5), failure.RetryAfter);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task A_failure_whose_answer_asked_for_no_wait_carries_no_Retry_After()
    {
        await using var h = await StartAsync();
        h.Server.AddFault(ConnectorFault.Status(HttpStatusCode.Forbidden, "BotNotInConversationRoster", TimeSpan.FromSeconds(40)), method: "POST");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.SendToConversationAsync(h.ServiceUrl, Conversation, Message, Ct));

        Assert.Equal((403, (TimeSpan?)null), (failure.StatusCode, failure.RetryAfter));
    }
}
