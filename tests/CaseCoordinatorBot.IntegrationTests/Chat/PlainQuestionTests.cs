using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Chat;

/// <summary>Plain questions through the real bot: personal chat, an @mention in a case channel, and suggestion buttons.</summary>
public sealed class PlainQuestionTests(AzuriteFixture azurite) : BotTest(azurite)
{
    private const string MessageType = "application/vnd.microsoft.activity.message";
    private const string ErrorType = "application/vnd.microsoft.error";

    [Fact]
    public async Task A_plain_question_in_personal_chat_reaches_the_handler_it_means()
    {
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "Log a concern please"))) { }
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "What can you do?"))) { }

        var posts = Posts();
        Assert.Equal(2, posts.Count);
        Assert.Contains("You hold no role in a case yet", CardText(posts[0].Body));
        Assert.Contains("Help: Personal chat", CardText(posts[1].Body));
    }

    [Fact]
    public async Task An_at_mention_in_a_case_channel_reaches_the_handler_it_means_and_answers_in_the_thread()
    {
        var channel = TestPeople.Channel("chat-case");
        await LinkCaseAsync(channel, "CR-7101", initials: "AB");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Nurse, "I'm worried about AB"))) { }
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Nurse, "whos the social worker?"))) { }

        var posts = Posts();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Contains(";messageid=", p.Path));
        Assert.Contains("concern.submit", CardText(posts[0].Body));
        Assert.Contains("CR-7101", CardText(posts[0].Body));
        Assert.Contains("case.grantRole", CardText(posts[1].Body));
    }

    [Theory]
    [InlineData("hello from the DSL")]
    [InlineData("who is the social worker?")]
    public async Task In_a_channel_nobody_has_linked_a_plain_question_still_brings_the_set_up_card(string text)
    {
        using (await Bot.SendAsync(Teams.ChannelMessage(TestPeople.Channel("chat-unlinked"), TestPeople.Dsl, text))) { }

        Assert.Contains("channel.linkCase", CardText(Assert.Single(Posts()).Body));
    }

    [Fact]
    public async Task An_ambiguous_question_offers_buttons_and_a_pressed_button_runs_its_command()
    {
        var channel = TestPeople.Channel("chat-suggest");
        await LinkCaseAsync(channel, "CR-7102", initials: "CD");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "the referral"))) { }

        var actions = Actions(Assert.Single(Posts()).Body);
        Assert.InRange(actions.Count, 1, 3);
        Assert.All(actions, a => Assert.Equal(("Action.Execute", "chat.suggestion"), ((string)a["type"]!, (string)a["verb"]!)));
        var status = Assert.Single(actions, a => (string)a["data"]!["command"]! == "status");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "chat.suggestion", status["data"]!));

        Assert.Equal(MessageType, (string)answer["type"]!);
        Assert.Contains("No referral has been made in this case yet", (string)answer["value"]!);
    }

    [Fact]
    public async Task Suggestion_buttons_work_in_personal_chat_too()
    {
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "referral"))) { }
        var roles = Actions(Assert.Single(Posts()).Body).First(a => (string)a["data"]!["command"]! == "status");

        var answer = await Bot.InvokeAsync(PersonalExecute(TestPeople.Dsl, "chat.suggestion", roles["data"]!));

        Assert.Equal(MessageType, (string)answer["type"]!);
        Assert.Contains("use it in the case's channel", (string)answer["value"]!);
    }

    [Theory]
    [InlineData("retired")]
    [InlineData("delete-everything")]
    [InlineData("")]
    public async Task A_crafted_button_for_a_command_the_matcher_cannot_offer_is_refused(string command)
    {
        var channel = TestPeople.Channel("chat-crafted");
        await LinkCaseAsync(channel, "CR-7103");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "chat.suggestion", new { command, arguments = "" }));

        Assert.Equal(ErrorType, (string)answer["type"]!);
        Assert.Contains("not available any more", CardText(answer["value"]));
    }

    [Fact]
    public async Task Nonsense_gets_the_help_card_never_silence()
    {
        var channel = TestPeople.Channel("chat-nonsense");
        await LinkCaseAsync(channel, "CR-7104");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "asdfgh qwerty"))) { }
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "zzzz?"))) { }
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, ""))) { }

        var posts = Posts();
        Assert.Equal(3, posts.Count);
        Assert.Contains("Help: Personal chat", CardText(posts[0].Body));
        Assert.All(posts.Skip(1), p => Assert.Contains("Help: Case channel CR-7104", CardText(p.Body)));
    }

    // The shipped table plus one intent whose command this bot does not route (as when a command is retired).
    protected override void ConfigureBotServices(IServiceCollection services)
    {
        var shipped = CaseCoordinatorBot.Chat.IntentTable.LoadEmbedded();
        services.AddSingleton(shipped with
        {
            Intents = [.. shipped.Intents, new CaseCoordinatorBot.Chat.IntentDefinition("retired", "retired", "A retired command",
                ["frobnicate the widgets", "widgets frobnicated"])],
        });
    }

    [Fact]
    public async Task An_intent_whose_command_is_not_routed_is_ignored_at_start_up_and_never_offered()
    {
        var ready = Assert.Single(Bot.Logs.Records, r => r.EventId == 9000);
        Assert.Contains("retired", ready.Message);
        Assert.DoesNotContain("my-work", ready.Message);

        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "frobnicate the widgets"))) { }

        var reply = CardText(Assert.Single(Posts()).Body);
        Assert.DoesNotContain("\"retired\"", reply);
        Assert.Contains("Help: Personal chat", reply);
    }

    [Fact]
    public async Task What_was_typed_is_never_logged_only_the_intent_and_its_score()
    {
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "I'm worried about Jamie Smith"))) { }
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "the referral for Jamie Smith"))) { }
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "Jamie Smith xyzzy plugh"))) { }

        var logs = Bot.Logs.AllText;
        Assert.Contains(Bot.Logs.Records, r => r.EventId == 9001 && r.Message.Contains("intent concern"));
        Assert.Contains(Bot.Logs.Records, r => r.EventId == 9002 && r.Message.Contains("refer,status"));
        Assert.Contains(Bot.Logs.Records, r => r.EventId == 9003);
        foreach (var secret in new[] { "Jamie", "Smith", "worried", "xyzzy" })
            Assert.DoesNotContain(secret, logs);
    }

    private static IReadOnlyList<JsonNode> Actions(JsonNode? reply) =>
        reply!["attachments"]![0]!["content"]!["actions"]!.AsArray().Select(a => a!).ToArray();

    private Activity PersonalExecute(Person from, string verb, JsonNode data) =>
        Teams.PersonalMessage(from, "") with
        {
            Type = ActivityTypes.Invoke,
            Text = null,
            Name = "adaptiveCard/action",
            ReplyToId = "1700000000009",
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }, BotJson.Options),
        };
}
