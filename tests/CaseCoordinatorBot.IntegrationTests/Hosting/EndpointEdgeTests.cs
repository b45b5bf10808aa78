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
        var channel = TestPeople.Channel("failing");
        await LinkCaseAsync(channel, "CR-5001");
        Connector.ClearRequests();
        Connector.AddFault(ConnectorFault.Status(HttpStatusCode.InternalServerError), times: 10, method: "GET");

        using var response = await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "roles"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Posts());
        var card = reply.Body!["attachments"]![0]!["content"]!.ToJsonString();
        var failure = Assert.Single(Bot.Logs.Records, r => r.EventId == 1103);
        var correlationId = failure.Values.Single(v => v.StartsWith("CorrelationId=")).Split('=')[1];
        Assert.Contains(correlationId, card);
        Assert.Contains("ConnectorException", failure.Message);
        Assert.DoesNotContain("roles", failure.Message);
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
