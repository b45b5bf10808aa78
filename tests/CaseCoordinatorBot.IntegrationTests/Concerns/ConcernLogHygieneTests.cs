using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

/// <summary>Safeguarding rule: what is written about a child never reaches the logs, whatever path it takes.</summary>
public sealed class ConcernLogHygieneTests(AzuriteFixture azurite) : ConcernTest(azurite)
{
    [Fact]
    public async Task A_whole_concern_session_logs_no_concern_text_child_words_or_names()
    {
        var channel = TestPeople.Channel("concern-hygiene");
        await LinkCaseAsync(channel, "CR-9201");
        var draftId = await StartConcernAsync(channel);
        const string Vague = "Amelia disclosed that Steve was inappropriate after swimming";

        await SubmitAsync(channel, Concern("CR-9201", draftId, ("seenOn", "2099-01-01")));
        await SubmitAsync(channel, Concern("CR-9201", draftId, ("seen", Vague)));
        await SubmitAsync(channel, Concern("CR-9201", draftId, ("seen", Vague), ("acceptFlags", true)));
        await SubmitAsync(channel, Concern("CR-9201", draftId));
        await SubmitAsync(channel, Concern("CR-9201", await StartConcernAsync(channel)), TestPeople.Outsider);
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Nurse, "chronology"))) { }
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Outsider, "chronology"))) { }
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "verify"))) { }

        var logs = Bot.Logs.AllText;
        Assert.Contains("concern logged in case CR-9201 as entry 1", logs);
        foreach (var secret in TestPeople.Everyone.Select(p => p.Name)
            .Concat(["Amelia", "Steve", "grabbed me", "spilt the juice", "forearm", "swimming", "Year 4 classroom", "safeguarding lead at 09:20", "Teaching assistant"]))
            Assert.DoesNotContain(secret, logs);
    }
}
