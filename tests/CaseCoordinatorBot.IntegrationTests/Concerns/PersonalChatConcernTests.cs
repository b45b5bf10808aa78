using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class PersonalChatConcernTests(AzuriteFixture azurite) : ConcernTest(azurite)
{
    private static readonly string First = TestPeople.Channel("personal-first");
    private static readonly string Second = TestPeople.Channel("personal-second");

    // Roster reads uncached: leaving a channel must end personal-chat access at once.
    protected override void ConfigureBotServices(IServiceCollection services) =>
        services.PostConfigure<CaseOptions>(o => o.RosterCacheDuration = TimeSpan.Zero);

    private async Task<string> SayPersonallyAsync(Person by, string text)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.PersonalMessage(by, text))) { }
        var reply = Assert.Single(Posts());
        Assert.Contains($"a:personal-{by.AadObjectId}", reply.Path);
        return AllText(reply.Body);
    }

    [Fact]
    public async Task A_role_holder_picks_a_case_in_personal_chat_logs_the_concern_there_and_the_case_channel_sees_only_a_headline()
    {
        await LinkCaseAsync(First, "CR-6101", initials: "AB");
        await LinkCaseAsync(Second, "CR-6102", initials: "CD");

        var picker = await SayPersonallyAsync(TestPeople.Dsl, "concern");
        Assert.Contains("CR-6101 (A.B.)", picker);
        Assert.Contains("CR-6102 (C.D.)", picker);

        var card = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.Dsl, "concern.new", new { caseRef = "CR-6102" }));
        var draft = DraftId().Match(AllText(card["value"])).Groups[1].Value;
        Assert.Contains("CR-6102", AllText(card["value"]));

        Connector.ClearRequests();
        var logged = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.Dsl, "concern.submit", Concern("CR-6102", draft)));
        Assert.Contains("CR-6102", AllText(logged["value"]));
        var entry = await Chronology.ReadAsync("CR-6102", 1, default);
        Assert.Equal(Seen, ((CaseCoordinatorBot.Chronology.ConcernBody)entry!.Body).Seen);
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-6101", default));

        var note = Assert.Single(Posts(), p => p.Path.Contains(Second, StringComparison.Ordinal));
        Assert.Contains("logged a concern from a personal chat: entry #1", AllText(note.Body));
        Assert.DoesNotContain("forearm", AllText(note.Body));
    }

    [Fact]
    public async Task With_one_case_the_card_opens_at_once_and_with_none_the_answer_says_where_to_go()
    {
        await LinkCaseAsync(First, "CR-6103");
        Assert.Contains("concern.submit", await SayPersonallyAsync(TestPeople.Dsl, "concern"));
        // The nurse is in the channel but holds no role.
        Assert.Contains("You hold no role in a case yet", await SayPersonallyAsync(TestPeople.Nurse, "concern"));
    }

    [Fact]
    public async Task From_personal_chat_a_person_without_a_role_or_no_longer_in_the_channel_is_refused_and_audited()
    {
        await LinkCaseAsync(First, "CR-6104");
        var draft = await StartConcernAsync(First);

        // In the channel, but no role: fine in the channel, refused from a personal chat.
        var crafted = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.Nurse, "concern.submit", Concern("CR-6104", draft)));
        Assert.Equal("application/vnd.microsoft.error", (string?)crafted["type"]);
        Assert.Contains(await Audit.ReadAsync("CR-6104", default), e => e is { Event: "concern.submit", Outcome: "refused:not-a-member-personal" });

        // The lead leaves the channel: their role alone no longer opens the case from a personal chat.
        Connector.SetRoster(First, [TestPeople.Nurse.Member()]);
        var left = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.Dsl, "concern.submit", Concern("CR-6104", draft)));
        Assert.Equal("application/vnd.microsoft.error", (string?)left["type"]);
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-6104", default));
    }
}
