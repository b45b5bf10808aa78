using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Concerns.Siblings;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class SiblingTests(AzuriteFixture azurite) : ConcernTest(azurite)
{
    private static readonly string Amelia = TestPeople.Channel("sibling-a");
    private static readonly string Ben = TestPeople.Channel("sibling-b");

    private SiblingStore Siblings => Bot.Services.GetRequiredService<SiblingStore>();

    /// <summary>Two cases: the school DSL leads the first, the school nurse (health) the second.</summary>
    private async Task LinkTwoCasesAsync()
    {
        await LinkCaseAsync(Amelia, "CR-5101", initials: "AM");
        await LinkCaseAsync(Ben, "CR-5102", by: TestPeople.Nurse, initials: "BM", agency: "Health");
        Connector.ClearRequests();
    }

    private async Task AskAsync(string text, string channel = "")
    {
        using (await Bot.SendAsync(Teams.ChannelMessage(channel.Length > 0 ? channel : Amelia, TestPeople.Dsl, text))) { }
    }

    private Task<System.Text.Json.Nodes.JsonObject> AnswerAsync(Person by, string answer, string channel = "", string caseRef = "CR-5102", string fromCaseRef = "CR-5101") =>
        Bot.InvokeAsync(Teams.Execute(channel.Length > 0 ? channel : Ben, by, "sibling.answer", new { caseRef, fromCaseRef, answer }));

    [Fact]
    public async Task A_confirmed_sibling_link_carries_a_notice_of_each_new_concern_and_never_its_text()
    {
        await LinkTwoCasesAsync();

        await AskAsync("sibling cr-5102");
        var request = Assert.Single(Posts(), p => p.Path.Contains(Uri.EscapeDataString(Ben), StringComparison.Ordinal) || p.Path.Contains(Ben, StringComparison.Ordinal));
        var card = request.Body!["attachments"]![0]!["content"]!;
        Assert.Equal("Sibling link for CR-5102 (B.M.)", (string)card["body"]![0]!["text"]!);
        Assert.Contains("CR-5101 (A.M.)", CardText(card));
        Assert.Empty(await Siblings.LinkedAsync("CR-5101", default));

        // Someone in the channel without a role cannot confirm; nor can a card sent from the other case's channel.
        Assert.Contains("Only professionals with a role", ErrorOrCard(await AnswerAsync(TestPeople.Dsl, "confirm")));
        AssertRefusal(await AnswerAsync(TestPeople.Dsl, "confirm", channel: Amelia));
        Assert.Contains(await Audit.ReadAsync("CR-5102", default), e => e is { Event: "sibling.answer", Outcome: "refused:wrong-conversation" });
        Assert.Empty(await Siblings.LinkedAsync("CR-5102", default));

        var confirmed = await AnswerAsync(TestPeople.Nurse, "confirm");
        Assert.Contains("Linked by Tom Reid", CardText(confirmed["value"]));
        Assert.Equal(["CR-5102"], await Siblings.LinkedAsync("CR-5101", default));
        Assert.Equal(["CR-5101"], await Siblings.LinkedAsync("CR-5102", default));
        Assert.Empty((await Siblings.RequestsAsync("CR-5102", default)).Waiting);
        Assert.Contains((await Chronology.ReadManyAsync("CR-5102", [1], default)), e => e!.Body is SiblingBody { SiblingCaseRef: "CR-5101", Step: "linked" });

        // A concern in the first case: a prompt in the second's chronology and channel, without a word of the concern.
        Connector.ClearRequests();
        var draft = await StartConcernAsync(Amelia);
        Connector.ClearRequests();
        var logged = await SubmitAsync(Amelia, Concern("CR-5101", draft));
        Assert.Contains("logged", CardText(logged["value"]), StringComparison.OrdinalIgnoreCase);
        var last = await Chronology.LastSequenceAsync("CR-5102", default);
        var notice = await Chronology.ReadAsync("CR-5102", last, default);
        var body = Assert.IsType<SiblingBody>(notice!.Body);
        Assert.Equal(("CR-5101", "concern", EntryKind.Sibling, false), (body.SiblingCaseRef, body.Step, notice.Kind, notice.Visibility.MayShareWithFamily));
        Assert.DoesNotContain("forearm", body.Detail);
        var post = Assert.Single(Posts(), p => p.Path.Contains(Ben, StringComparison.Ordinal));
        Assert.Contains("sibling case CR-5101 has a new concern", CardText(post.Body));
        Assert.DoesNotContain("forearm", CardText(post.Body));
        Assert.DoesNotContain("Steve", CardText(post.Body));

        // The same card sent again (a double click) does not prompt twice.
        await SubmitAsync(Amelia, Concern("CR-5101", draft));
        Assert.Equal(last, await Chronology.LastSequenceAsync("CR-5102", default));
    }

    [Fact]
    public async Task A_declined_or_crafted_answer_links_nothing_and_the_crafted_one_is_audited()
    {
        await LinkTwoCasesAsync();
        var crafted = await AnswerAsync(TestPeople.Nurse, "confirm");
        Assert.Contains("no sibling request", ErrorOrCard(crafted));
        Assert.Contains(await Audit.ReadAsync("CR-5102", default), e => e is { Event: "sibling.answer", Outcome: "refused:no-such-request" });

        await AskAsync("sibling CR-5102");
        await AskAsync("sibling CR-5102");
        Assert.Single((await Siblings.RequestsAsync("CR-5102", default)).Waiting);
        var declined = await AnswerAsync(TestPeople.Nurse, "decline");
        Assert.Contains("Declined by Tom Reid", CardText(declined["value"]));
        Assert.Empty(await Siblings.LinkedAsync("CR-5101", default));
        Assert.Empty((await Siblings.RequestsAsync("CR-5102", default)).Waiting);
    }

    [Theory]
    [InlineData("sibling", "is not linked to any sibling")]
    [InlineData("sibling Ben Morris", "A case reference is")]
    [InlineData("sibling CR-5101", "own reference")]
    [InlineData("sibling CR-9999", "No case CR-9999 uses this bot")]
    public async Task Bad_sibling_commands_get_a_plain_answer_and_ask_nothing(string text, string expected)
    {
        await LinkTwoCasesAsync();
        await AskAsync(text);
        var reply = Assert.Single(Posts());
        Assert.Contains(expected, CardText(reply.Body));
        Assert.Empty((await Siblings.RequestsAsync("CR-5102", default)).Waiting);
    }

    private static string ErrorOrCard(System.Text.Json.Nodes.JsonObject answer) => answer.ToJsonString();

    private static void AssertRefusal(System.Text.Json.Nodes.JsonObject answer)
    {
        Assert.Equal("application/vnd.microsoft.error", (string?)answer["type"]);
        Assert.DoesNotContain("Linked by", answer.ToJsonString());
    }
}
