using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Tests.Protocol.Schema;

public class ActivityJsonTests
{
    private const string TeamsInvoke = """
        {
          "type": "invoke", "name": "adaptiveCard/action", "id": "f:123", "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/uk/",
          "from": { "id": "29:abc", "name": "Dana Shah", "aadObjectId": "0A000000-0000-4000-8000-000000000001", "futureField": 7 },
          "conversation": { "conversationType": "channel", "id": "19:c@thread.tacv2;messageid=1", "tenantId": "t1", "isGroup": true },
          "recipient": { "id": "28:bot", "name": "Case Coordinator" },
          "channelData": { "tenant": { "id": "t1" }, "team": { "id": "19:t@thread.tacv2" }, "channel": { "id": "19:c@thread.tacv2" }, "source": { "name": "message" } },
          "value": { "action": { "type": "Action.Execute", "verb": "channel.linkCase", "data": { "caseRef": "CR-1" } }, "trigger": "manual" },
          "replyToId": "1700000000000",
          "locale": "en-GB",
          "entities": [ { "type": "clientInfo", "locale": "en-GB", "country": "GB" } ],
          "someNewTopLevelProperty": { "kept": true }
        }
        """;

    [Fact]
    public void Unknown_properties_survive_a_round_trip_at_every_level()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, BotJson.Options)!;
        var again = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.True((bool)again["someNewTopLevelProperty"]!["kept"]!);
        Assert.Equal(7, (int)again["from"]!["futureField"]!);
        Assert.Equal("message", (string)again["channelData"]!["source"]!["name"]!);
        Assert.Equal("GB", (string)again["entities"]![0]!["country"]!);
        Assert.Equal("manual", (string)again["value"]!["trigger"]!);
    }

    [Fact]
    public void Tenant_comes_from_channel_data_first_then_the_conversation()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, BotJson.Options)!;
        Assert.Equal("t1", activity.TenantId);
        Assert.Equal("t2", (activity with { ChannelData = null, Conversation = new ConversationAccount { TenantId = "t2" } }).TenantId);
    }

    [Fact]
    public void A_reply_goes_back_along_the_conversation_from_the_bot()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, BotJson.Options)!;
        var reply = activity.CreateReply("hi");

        Assert.Equal("message", reply.Type);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:abc", reply.Recipient!.Id);
        Assert.Equal(activity.Conversation, reply.Conversation);
        Assert.Equal("f:123", reply.ReplyToId);
    }

    [Fact]
    public void Nulls_are_not_written()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", Text = "x" }, BotJson.Options);
        Assert.Equal("""{"type":"message","text":"x"}""", json);
    }
}
