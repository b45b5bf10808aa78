using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Channels;

public sealed class ConcurrentLinkTests(AzuriteFixture azurite) : BotTest(azurite)
{
    [Fact]
    public async Task One_person_linking_many_channels_at_once_gets_every_case_made_none_fails_on_their_own_case_list()
    {
        const int Channels = 30;
        var links = Enumerable.Range(1, Channels).Select(async i =>
        {
            var channel = TestPeople.Channel($"burst-{i}");
            return (i, await LinkCaseAsync(channel, $"CR-77{i:00}"));
        }).ToArray();

        foreach (var (i, answer) in await Task.WhenAll(links))
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
            Assert.Contains($"CR-77{i:00}", CardText(answer["value"]));
        }
        var cases = Bot.Services.GetRequiredService<CaseStore>();
        foreach (var i in Enumerable.Range(1, Channels))
            Assert.NotNull(await cases.FindCaseAsync($"CR-77{i:00}", default));
        // The person's own list has what the writers that won put there, and nothing that is not a case.
        var listed = await Bot.Services.GetRequiredService<UserCases>().ListAsync($"{TestPeople.HostTenant}/{TestPeople.Dsl.AadObjectId}", default);
        Assert.NotEmpty(listed);
        Assert.All(listed, c => Assert.StartsWith("CR-77", c.CaseRef));
    }

    [Fact]
    public async Task A_burst_of_writes_to_one_persons_case_list_never_fails_the_caller_and_a_lost_write_is_logged()
    {
        var userCases = Bot.Services.GetRequiredService<UserCases>();
        const string Person = "tenant/burst-person";
        // Many more writers than the store's conflict retries: some must lose, and losing must not throw.
        var writes = Enumerable.Range(1, 120).Select(i => userCases.AddAsync(Person, $"CR-88{i:000}", "AB", default));
        await Task.WhenAll(writes);

        var listed = await userCases.ListAsync(Person, default);
        Assert.InRange(listed.Count, 1, 120);
        Assert.Equal(listed.Count, listed.Select(c => c.CaseRef).Distinct().Count());
        if (listed.Count < 120) Assert.Contains(Bot.Logs.Records, r => r.EventId == 2010);
    }
}
