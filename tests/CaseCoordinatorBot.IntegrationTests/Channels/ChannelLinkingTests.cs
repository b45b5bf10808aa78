using System.Net;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Channels;

public sealed class ChannelLinkingTests(AzuriteFixture azurite) : BotTest(azurite)
{
    private CaseStore Cases => Bot.Services.GetRequiredService<CaseStore>();
    private AuditLog Audit => Bot.Services.GetRequiredService<AuditLog>();

    [Fact]
    public async Task Adding_the_bot_to_a_team_posts_the_set_up_card_once_however_often_Teams_repeats_it()
    {
        var general = TestPeople.Channel("general");
        for (var i = 0; i < 3; i++)
            using (var response = await Bot.SendAsync(Teams.BotAddedToChannel(general, TestPeople.Dsl)))
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var post = Assert.Single(Posts());
        Assert.Contains("channel.linkCase", CardText(post.Body));
        Assert.EndsWith($"/v3/conversations/{general}/activities", post.Path);
    }

    [Fact]
    public async Task The_first_mention_in_an_unlinked_channel_brings_the_set_up_card()
    {
        var channel = TestPeople.Channel("new-case");
        using var response = await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "hello"));

        var post = Assert.Single(Posts());
        Assert.Contains("channel.linkCase", CardText(post.Body));
        Assert.Contains(";messageid=", post.Path);
    }

    [Fact]
    public async Task Linking_a_channel_creates_the_case_with_the_linker_as_lead_and_shows_it_on_the_card()
    {
        var channel = TestPeople.Channel("cr-1042");
        var answer = await LinkCaseAsync(channel, " cr-1042 ", initials: "a b");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)answer["type"]!);
        Assert.Contains("CR-1042", CardText(answer["value"]));
        Assert.Contains("A.B.", CardText(answer["value"]));

        var file = await Cases.FindCaseAsync("CR-1042", default);
        Assert.NotNull(file);
        Assert.Equal("A.B.", file.Initials);
        var lead = Assert.Single(file.Members);
        Assert.Equal((CaseRole.Lead, Agency.School, TestPeople.Dsl.AadObjectId), (lead.Role, lead.Agency, lead.AadObjectId));
        Assert.Equal(ChannelKind.Case, (await Cases.FindChannelAsync(channel, default))!.Kind);

        var audit = await Audit.ReadAsync("CR-1042", default);
        Assert.Contains(audit, e => e.Event == "channel.linkCase" && e.Outcome == "created");

        // Everyone in the channel sees the linked card, not only the person who clicked.
        Assert.Contains(Posts(), p => p.Method == "PUT" && CardText(p.Body).Contains("CR-1042"));
    }

    [Theory]
    [InlineData("Jamie", "AB", "School", "includes a number")]
    [InlineData("CR-7", "Jamie", "School", "initials only")]
    [InlineData("CR-7", "AB", "", "Choose your agency")]
    [InlineData("CR-7", "AB", "Martians", "Choose your agency")]
    public async Task Bad_input_is_explained_on_the_card_keeping_what_was_typed_and_nothing_is_stored(
        string caseRef, string initials, string agency, string message)
    {
        var answer = await Bot.InvokeAsync(Teams.Execute(TestPeople.Channel("bad"), TestPeople.Dsl, "channel.linkCase", new { caseRef, initials, agency }));

        var card = CardText(answer["value"]);
        Assert.Contains(message, card);
        Assert.Contains(caseRef, card);
        Assert.Null(await Cases.FindChannelAsync(TestPeople.Channel("bad"), default));
    }

    [Fact]
    public async Task A_channel_already_linked_says_so_and_keeps_its_case()
    {
        var channel = TestPeople.Channel("twice");
        await LinkCaseAsync(channel, "CR-2002");
        var answer = await LinkCaseAsync(channel, "CR-2003");

        Assert.Contains("already linked", CardText(answer["value"]));
        Assert.Contains("CR-2002", CardText(answer["value"]));
        Assert.Null(await Cases.FindCaseAsync("CR-2003", default));
    }

    [Fact]
    public async Task A_case_reference_that_already_has_a_channel_is_refused_and_audited()
    {
        await LinkCaseAsync(TestPeople.Channel("first"), "CR-3003");
        var answer = await LinkCaseAsync(TestPeople.Channel("second"), "CR-3003");

        Assert.Contains("already has a channel", CardText(answer["value"]));
        Assert.Null(await Cases.FindChannelAsync(TestPeople.Channel("second"), default));
        Assert.Contains(await Audit.ReadAsync("CR-3003", default), e => e.Outcome == "refused:case-exists");
    }

    [Fact]
    public async Task Two_people_linking_one_channel_at_once_make_exactly_one_case()
    {
        var channel = TestPeople.Channel("race");
        Connector.SetRoster(channel, [TestPeople.Dsl.Member(), TestPeople.SocialWorker.Member()]);
        var answers = await Task.WhenAll(
            Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "channel.linkCase", new { caseRef = "CR-4001", initials = "AB", agency = "School" })),
            Bot.InvokeAsync(Teams.Execute(channel, TestPeople.SocialWorker, "channel.linkCase", new { caseRef = "CR-4002", initials = "CD", agency = "Csc" })));

        var link = await Cases.FindChannelAsync(channel, default);
        Assert.NotNull(link);
        var loser = link.CaseRef == "CR-4001" ? "CR-4002" : "CR-4001";
        Assert.Null(await Cases.FindCaseAsync(loser, default));
        Assert.NotNull(await Cases.FindCaseAsync(link.CaseRef!, default));
        Assert.All(answers, a => Assert.Contains(link.CaseRef!, CardText(a["value"])));
    }

    [Fact]
    public async Task A_channel_can_be_linked_as_an_agency_desk()
    {
        var channel = TestPeople.Channel("front-door");
        Connector.SetRoster(channel, [TestPeople.SocialWorker.Member()]);
        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.SocialWorker, "channel.linkDesk",
            new { deskKind = "CscFrontDoor", deskName = "Northshire" }));

        Assert.Contains("Northshire", CardText(answer["value"]));
        var link = await Cases.FindChannelAsync(channel, default);
        Assert.Equal((ChannelKind.Desk, DeskKind.CscFrontDoor, "Northshire"), (link!.Kind, link.Desk, link.DeskName));
    }

    [Fact]
    public async Task Help_in_a_case_channel_names_the_case_and_lists_the_routed_commands()
    {
        var channel = TestPeople.Channel("helpful");
        await LinkCaseAsync(channel, "CR-6006");
        Connector.ClearRequests();

        using var response = await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Nurse, "help"));

        var card = CardText(Assert.Single(Posts()).Body);
        Assert.Contains("Case channel CR-6006", card);
        foreach (var command in new[] { "help", "setup", "roles" }) Assert.Contains($"\"{command}\"", card);
        Assert.Contains("immediate risk", card);
    }

    [Fact]
    public async Task Anything_unknown_in_a_linked_channel_gets_the_help_card_not_silence()
    {
        var channel = TestPeople.Channel("chatty");
        await LinkCaseAsync(channel, "CR-6007");
        Connector.ClearRequests();

        using var response = await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Nurse, "what now?"));

        Assert.Contains("Case channel CR-6007", CardText(Assert.Single(Posts()).Body));
    }
}
