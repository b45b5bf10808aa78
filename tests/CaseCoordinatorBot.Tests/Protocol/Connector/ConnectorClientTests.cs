using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Testing.Connector;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

public sealed class ConnectorClientTests
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=17";
    private const string EncodedChannelThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D17";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Send_posts_the_activity_to_the_encoded_conversation_path_with_the_bearer_token()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));

        var sent = await h.Client.SendToConversationAsync(h.ServiceUrl, ChannelThread, Message("hello"), Ct);

        var request = Assert.Single(h.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{ChannelThread}/activities", request.Path);
        Assert.Equal($"/v3/conversations/{EncodedChannelThread}/activities", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("message", request.Body!["type"]!.GetValue<string>());
        Assert.Equal("hello", request.Body!["text"]!.GetValue<string>());
        Assert.Null(request.Body!["id"]); // nulls are omitted on the wire
        Assert.True(h.Server.HasActivity(ChannelThread, sent.Id!));
    }

    [Fact]
    public async Task Reply_posts_to_the_encoded_activity_it_answers_and_ids_increase()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));

        var first = await h.Client.ReplyToActivityAsync(h.ServiceUrl, ChannelThread, "1:a/b", Message("one"), Ct);
        var second = await h.Client.ReplyToActivityAsync(h.ServiceUrl, ChannelThread, "1:a/b", Message("two"), Ct);

        var request = h.Server.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{ChannelThread}/activities/1:a/b", request.Path);
        Assert.Equal($"/v3/conversations/{EncodedChannelThread}/activities/1%3Aa%2Fb", request.RawTarget);
        Assert.True(long.Parse(second.Id!) > long.Parse(first.Id!));
    }

    [Fact]
    public async Task Update_puts_the_new_activity_and_an_unknown_one_is_ActivityNotFoundInConversation()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));
        h.Server.AddActivity(ChannelThread, "42");

        var updated = await h.Client.UpdateActivityAsync(h.ServiceUrl, ChannelThread, "42", Message("edited"), Ct);
        var missing = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.UpdateActivityAsync(h.ServiceUrl, ChannelThread, "43", Message("edited"), Ct));

        Assert.Equal("42", updated.Id);
        var request = h.Server.Requests[0];
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EncodedChannelThread}/activities/42", request.RawTarget);
        Assert.Equal("edited", h.Server.GetActivity(ChannelThread, "42")!["text"]!.GetValue<string>());
        Assert.Equal(404, missing.StatusCode);
        Assert.Equal("ActivityNotFoundInConversation", missing.ErrorCode);
        Assert.Equal(2, h.Server.Requests.Count); // a 404 is not retried
    }

    [Fact]
    public async Task Delete_sends_a_delete_for_the_encoded_activity()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));
        h.Server.AddActivity(ChannelThread, "42");

        await h.Client.DeleteActivityAsync(h.ServiceUrl, ChannelThread, "42", Ct);

        var request = Assert.Single(h.Server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EncodedChannelThread}/activities/42", request.RawTarget);
        Assert.Null(request.Body);
        Assert.False(h.Server.HasActivity(ChannelThread, "42"));
    }

    [Fact]
    public async Task Create_conversation_posts_a_channel_thread_and_returns_its_ids()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = "19:case@thread.tacv2" } },
            Activity = Message("New case"),
        };

        var created = await h.Client.CreateConversationAsync(h.ServiceUrl, parameters, Ct);

        var request = Assert.Single(h.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawTarget);
        Assert.True(request.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal("19:case@thread.tacv2", request.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("New case", request.Body!["activity"]!["text"]!.GetValue<string>());
        Assert.Equal($"19:case@thread.tacv2;messageid={created.ActivityId}", created.Id);
        Assert.True(h.Server.HasActivity(created.Id!, created.ActivityId!));
    }

    [Fact]
    public async Task Proactive_chat_with_a_user_without_the_app_is_BotNotInConversationRoster()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));
        h.Server.RefuseProactive("29:refused");
        ConversationParameters To(string id) => new()
        {
            Members = [new ChannelAccount { Id = id }],
            TenantId = "tenant-id",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant-id" } },
        };

        var chat = await h.Client.CreateConversationAsync(h.ServiceUrl, To("29:installed"), Ct);
        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.CreateConversationAsync(h.ServiceUrl, To("29:refused"), Ct));

        Assert.StartsWith("a:", chat.Id);
        Assert.Equal("29:installed", h.Server.Requests[0].Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-id", h.Server.Requests[0].Body!["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(403, refused.StatusCode);
        Assert.Equal("BotNotInConversationRoster", refused.ErrorCode);
    }

    [Fact]
    public async Task Members_are_read_page_by_page_following_the_encoded_continuation_token()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));
        var roster = Enumerable.Range(1, 7).Select(i => new TeamsChannelAccount { Id = $"29:{i}", AadObjectId = $"aad-{i}" }).ToList();
        h.Server.SetRoster(ChannelThread, roster);
        h.Server.MemberPageSize = 3;

        var members = await h.Client.GetConversationMembersAsync(h.ServiceUrl, ChannelThread, Ct);

        Assert.Equal(roster.Select(m => m.AadObjectId), members.Select(m => m.AadObjectId));
        var requests = h.Server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("GET", r.Method));
        Assert.All(requests, r => Assert.Equal($"/v3/conversations/{ChannelThread}/pagedmembers", r.Path));
        Assert.False(requests[0].Query.ContainsKey("continuationToken"));
        Assert.Equal("c/3+==", requests[1].Query["continuationToken"]);
        Assert.Contains("continuationToken=c%2F6%2B%3D%3D", requests[2].RawTarget);
    }

    [Fact]
    public async Task Member_pages_are_bounded()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"),
            new Dictionary<string, string?> { ["Bot:MaxMemberPages"] = "2" });
        h.Server.SetRoster(ChannelThread, Enumerable.Range(1, 7).Select(i => new TeamsChannelAccount { Id = $"29:{i}" }));
        h.Server.MemberPageSize = 3;

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.GetConversationMembersAsync(h.ServiceUrl, ChannelThread, Ct));

        Assert.Equal("TooManyMemberPages", failure.ErrorCode);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task One_member_is_read_by_encoded_id_and_an_unknown_one_is_null()
    {
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"));
        h.Server.SetRoster(ChannelThread, [new TeamsChannelAccount { Id = "29:1a/b", AadObjectId = "aad-1", Name = "A" }]);

        var member = await h.Client.GetConversationMemberAsync(h.ServiceUrl, ChannelThread, "29:1a/b", Ct);
        var stranger = await h.Client.GetConversationMemberAsync(h.ServiceUrl, ChannelThread, "29:2", Ct);

        Assert.Equal("aad-1", member!.AadObjectId);
        Assert.Null(stranger);
        Assert.Equal($"/v3/conversations/{EncodedChannelThread}/members/29%3A1a%2Fb", h.Server.Requests[0].RawTarget);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task An_untrusted_service_url_is_refused_before_a_token_is_asked_for_or_anything_sent()
    {
        var tokens = new FixedBotTokenProvider("token-1");
        await using var h = await ConnectorHarness.StartAsync(tokens, trust: false);
        h.Trust.Trust(h.ServiceUrl + "somewhere-else/");

        var send = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.SendToConversationAsync(h.ServiceUrl, ChannelThread, Message("hello"), Ct));
        var members = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.GetConversationMembersAsync(h.ServiceUrl, ChannelThread, Ct));

        Assert.Equal("UntrustedServiceUrl", send.ErrorCode);
        Assert.Null(send.StatusCode);
        Assert.Equal("UntrustedServiceUrl", members.ErrorCode);
        Assert.Equal(0, tokens.Calls);
        Assert.Empty(h.Server.Requests);
    }

    [Fact]
    public async Task A_configured_service_url_is_trusted_without_having_been_learnt()
    {
        var settings = new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = "{ServiceUrl}" };
        await using var h = await ConnectorHarness.StartAsync(new FixedBotTokenProvider("token-1"), settings, trust: false);

        await h.Client.SendToConversationAsync(h.ServiceUrl.TrimEnd('/'), ChannelThread, Message("hello"), Ct);

        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task Anonymous_mode_sends_no_authorization_header()
    {
        await using var h = await ConnectorHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "",
            ["Bot:MicrosoftAppTenantId"] = null,
            ["Bot:MicrosoftAppPassword"] = null,
        });

        await h.Client.SendToConversationAsync(h.ServiceUrl, ChannelThread, Message("hello"), Ct);

        Assert.Null(Assert.Single(h.Server.Requests).Authorization);
    }

    [Fact]
    public async Task A_refused_token_is_reported_as_a_connector_failure_without_sending()
    {
        await using var h = await ConnectorHarness.StartAsync(new FailingTokenProvider());

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.SendToConversationAsync(h.ServiceUrl, ChannelThread, Message("hello"), Ct));

        Assert.Equal("TokenUnavailable", failure.ErrorCode);
        Assert.Empty(h.Server.Requests);
    }

    private sealed class FailingTokenProvider : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The token endpoint refused the client.");
    }
}
