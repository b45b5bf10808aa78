using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Plans;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Conferences;

/// <summary>Core groups open with the plan's status: posted in the case channel a quarter of an hour before one starts.</summary>
public sealed class CoreGroupPlanTests(AzuriteFixture azurite) : ConferenceTest(azurite)
{
    [Fact]
    public async Task A_booked_core_group_opens_with_the_plan_as_it_stands_a_quarter_of_an_hour_before_it_starts()
    {
        await SetUpReferredCaseAsync("CR-7601");
        var added = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.SocialWorker, "plan.add", new
        {
            caseRef = "CR-7601", what = "Weekly home visit", outcome = "She is safe at home",
            owner = $"{TestPeople.HostTenant}/{TestPeople.SocialWorker.AadObjectId}", due = "2026-12-30", draftId = Guid.NewGuid().ToString("N"),
        }));
        Assert.Contains("Action #1 added", CardText(added["value"]));

        var id = ConferenceIdOf(await RequestAsync("core-group"));
        var offered = (await ActAsync("CR-7601", id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        await ActAsync("CR-7601", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = SlotKeys(offered)[0] });
        var start = (await Conferences.FindAsync("CR-7601", id, default))!.Meeting!.Start;
        Connector.ClearRequests();

        Clock.Advance(start - PlanAtCoreGroup.Ahead - TimeSpan.FromMinutes(1) - Clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        Assert.Empty(PostedCards("Plan for CR-7601"));

        Clock.Advance(TimeSpan.FromMinutes(2));
        await Sweeper.SweepOnceAsync(default);
        var plan = CardText(await WaitForCardAsync("Plan for CR-7601"));
        Assert.Contains("it opens with the plan as it stands", plan);
        Assert.Contains("#1 Weekly home visit", plan);
        Assert.Contains("1 action: 0 done, 0 overdue", plan);
    }
}
