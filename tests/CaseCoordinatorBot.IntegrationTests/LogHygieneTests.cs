using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests;

/// <summary>Safeguarding rule: logs carry identifiers and event names, never people's names.</summary>
public sealed class LogHygieneTests(AzuriteFixture azurite) : BotTest(azurite)
{
    [Fact]
    public async Task A_whole_session_logs_no_names_of_staff()
    {
        var channel = TestPeople.Channel("hygiene");
        using (await Bot.SendAsync(Teams.BotAddedToChannel(channel, TestPeople.Dsl))) { }
        await LinkCaseAsync(channel, "CR-8001");
        await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "case.grantRole",
            new { caseRef = "CR-8001", member = TestPeople.SocialWorker.AadObjectId, role = "SocialWorker" }));
        await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Outsider, "case.grantRole",
            new { caseRef = "CR-8001", member = TestPeople.Nurse.AadObjectId, role = "Dsl" }));
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Nurse, "help Jamie Smith is frightened"))) { }

        var logs = Bot.Logs.AllText;
        Assert.NotEmpty(Bot.Logs.Records);
        foreach (var name in TestPeople.Everyone.Select(p => p.Name).Append("Jamie Smith").Append("frightened"))
            Assert.DoesNotContain(name, logs);
    }
}
