using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.MyWork;

/// <summary>With rosters cached as in production, Teams telling the bot someone left ends their view of the case at once.</summary>
public sealed class MembersRemovedTests(AzuriteFixture azurite) : MyWorkTest(azurite)
{
    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.PostConfigure<CaseCoordinatorBot.Cases.CaseOptions>(o => o.RosterCacheDuration = TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_member_who_leaves_the_team_loses_the_case_from_their_list_at_once_despite_the_cached_roster()
    {
        await ReferWithCscWorkerAsync("CR-8401");
        Assert.Contains("CR-8401 (A.B.)", (await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8401"))).ToJsonString());

        Connector.SetRoster(SchoolChannel, [TestPeople.Dsl.Member(), TestPeople.Nurse.Member()]);
        // The roster is cached: without word from Teams the list would still show the case for minutes.
        Assert.Contains("CR-8401 (A.B.)", (await MyWorkAsync(TestPeople.SocialWorker)).ToJsonString());

        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "") with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersRemoved = [new ChannelAccount { Id = TestPeople.SocialWorker.Id, AadObjectId = TestPeople.SocialWorker.AadObjectId }],
        })) { }

        Assert.DoesNotContain("CR-8401", (await MyWorkAsync(TestPeople.SocialWorker)).ToJsonString());
    }
}
