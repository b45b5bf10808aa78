using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Hosting;

public sealed class EndpointEdgeTests(AzuriteFixture azurite) : BotTest(azurite)
{
    private async Task<HttpResponseMessage> PostRawAsync(string body, Activity forToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", Bot.ValidAuthorization(forToken));
        return await Bot.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Malformed_json_gets_400()
    {
        using var response = await PostRawAsync("{\"type\": \"message\", ", Teams.PersonalMessage(TestPeople.Dsl, "x"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_gets_400()
    {
        var activity = Teams.PersonalMessage(TestPeople.Dsl, "help") with { Conversation = null };
        using var response = await Bot.SendAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_nothing_is_stored()
    {
        var huge = Teams.PersonalMessage(TestPeople.Dsl, new string('x', 300 * 1024));
        using var response = await Bot.SendAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Requests);
        Assert.Empty(await BlobNamesAsync());
    }

    [Fact]
    public async Task An_unknown_activity_type_is_answered_200_and_ignored()
    {
        var activity = Teams.PersonalMessage(TestPeople.Dsl, "x") with { Type = "somethingNew", Text = null };
        using var response = await Bot.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task An_unknown_invoke_name_gets_a_proper_invoke_response()
    {
        var invoke = Teams.Execute(TestPeople.Channel("general"), TestPeople.Dsl, "x", new { }) with { Name = "composeExtension/query" };
        var body = await Bot.InvokeAsync(invoke);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task An_unknown_verb_is_answered_with_a_clear_message_on_the_card()
    {
        var body = await Bot.InvokeAsync(Teams.Execute(TestPeople.Channel("general"), TestPeople.Dsl, "nothing.known", new { }));
        Assert.Equal("application/vnd.microsoft.error", (string)body["type"]!);
        Assert.Contains("help", (string)body["value"]!["message"]!);
    }

    [Fact]
    public async Task A_redelivered_activity_has_no_second_effect()
    {
        var message = Teams.PersonalMessage(TestPeople.Dsl, "help");
        using (var first = await Bot.SendAsync(message)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var again = await Bot.SendAsync(message)) Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        Assert.Single(Posts());
    }

    [Fact]
    public async Task A_redelivery_to_another_instance_has_no_second_effect()
    {
        await using var second = new BotHost(Azurite.Server, Issuer, Connector, container: Bot.Container);
        var message = Teams.PersonalMessage(TestPeople.Dsl, "help");

        var answers = await Task.WhenAll(Bot.SendAsync(message), second.SendAsync(message));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(Posts());
    }

    [Fact]
    public async Task A_failing_handler_shows_a_plain_error_card_with_a_reference_and_logs_no_text()
    {
        // Roster reads not cached, so the connector failure below reaches the handler.
        await using var bot = new BotHost(Azurite.Server, Issuer, Connector, settings: new Dictionary<string, string>
        {
            ["Cases:RosterCacheDuration"] = "00:00:00",
        });
        var channel = TestPeople.Channel("failing");
        Connector.SetRoster(channel, [TestPeople.Dsl.Member()]);
        await bot.InvokeAsync(bot.Activities.Execute(channel, TestPeople.Dsl, "channel.linkCase", new { caseRef = "CR-5001", initials = "AB", agency = "School" }));
        Connector.ClearRequests();
        Connector.AddFault(ConnectorFault.Status(HttpStatusCode.InternalServerError), times: 10, method: "GET");

        using var response = await bot.SendAsync(bot.Activities.ChannelMessage(channel, TestPeople.Dsl, "roles for Jamie"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Posts());
        var card = reply.Body!["attachments"]![0]!["content"]!.ToJsonString();
        var failure = Assert.Single(bot.Logs.Records, r => r.EventId == 1103);
        var correlationId = failure.Values.Single(v => v.StartsWith("CorrelationId=")).Split('=')[1];
        Assert.Contains(correlationId, card);
        Assert.Contains("ConnectorException", failure.Message);
        Assert.DoesNotContain("Jamie", bot.Logs.AllText);
    }

    [Fact]
    public async Task A_failing_card_action_keeps_the_card_and_shows_the_reference_instead_of_replacing_it()
    {
        await using var bot = new BotHost(Azurite.Server, Issuer, Connector, settings: new Dictionary<string, string>
        {
            ["Cases:RosterCacheDuration"] = "00:00:00",
        });
        var channel = TestPeople.Channel("failing-card");
        Connector.SetRoster(channel, [TestPeople.Dsl.Member(), TestPeople.Nurse.Member()]);
        await bot.InvokeAsync(bot.Activities.Execute(channel, TestPeople.Dsl, "channel.linkCase", new { caseRef = "CR-5002", initials = "AB", agency = "School" }));
        Connector.AddFault(ConnectorFault.Status(HttpStatusCode.InternalServerError), times: 10, method: "GET");

        var answer = await bot.InvokeAsync(bot.Activities.Execute(channel, TestPeople.Dsl, "case.grantRole",
            new { caseRef = "CR-5002", member = TestPeople.Nurse.AadObjectId, role = "OtherAgency" }));

        Assert.Equal("application/vnd.microsoft.error", (string)answer["type"]!);
        Assert.Equal(500, (int)answer["statusCode"]!);
        Assert.Contains("Reference:", (string)answer["value"]!["message"]!);
    }

    [Fact]
    public async Task A_storage_outage_is_told_plainly_never_a_500()
    {
        await using var storage = await AzuriteServer.StartAsync();
        await using var bot = new BotHost(storage, Issuer, Connector, settings: new Dictionary<string, string>
        {
            ["Storage:RetryDelay"] = "00:00:00.050",
        });
        _ = bot.Server;
        await storage.DisposeAsync();

        var invoke = await bot.InvokeAsync(bot.Activities.Execute(TestPeople.Channel("down"), TestPeople.Dsl, "channel.linkCase",
            new { caseRef = "CR-5003", initials = "AB", agency = "School" }));
        using var message = await bot.SendAsync(bot.Activities.PersonalMessage(TestPeople.Dsl, "help"));

        Assert.Equal("application/vnd.microsoft.error", (string)invoke["type"]!);
        Assert.Contains("case store is not answering", (string)invoke["value"]!["message"]!);
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Assert.Contains("case store is not answering", CardText(Assert.Single(Posts()).Body));
    }

    [Fact]
    public async Task A_redelivered_invoke_gets_a_complete_invoke_response()
    {
        var invoke = Teams.Execute(TestPeople.Channel("again"), TestPeople.Dsl, "nothing.known", new { });
        await Bot.InvokeAsync(invoke);
        var again = await Bot.InvokeAsync(invoke);
        Assert.Equal("application/vnd.microsoft.activity.message", (string)again["type"]!);
        Assert.Equal(200, (int)again["statusCode"]!);
    }

    [Fact]
    public async Task The_playground_probe_gets_an_answer_without_a_token()
    {
        using var response = await Bot.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Liveness_answers()
    {
        var text = await Bot.CreateClient().GetStringAsync("/healthz");
        Assert.Equal("ok", text);
    }

    [Fact]
    public async Task Unknown_properties_in_an_activity_do_not_break_it()
    {
        var activity = Teams.PersonalMessage(TestPeople.Dsl, "help");
        var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Options))!;
        json["brandNewTeamsField"] = new JsonObject { ["x"] = 1 };
        using var response = await PostRawAsync(json.ToJsonString(), activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Posts());
    }
}
