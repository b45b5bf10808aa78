using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Conferences;

/// <summary>A second professionals-only meeting in a row asks the chair whether the conference process itself is failing.</summary>
public sealed class ProcessCheckTests(AzuriteFixture azurite) : ConferenceTest(azurite)
{
    private async Task<string> BookAsync(string caseRef, string type, int slot = 0)
    {
        var id = ConferenceIdOf(await RequestAsync(type));
        var offered = (await ActAsync(caseRef, id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        await ActAsync(caseRef, id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = SlotKeys(offered)[slot] });
        return id;
    }

    [Fact]
    public async Task The_second_professionals_only_meeting_in_a_row_asks_the_chair_and_offers_the_escalation_the_first_does_not()
    {
        await SetUpReferredCaseAsync("CR-7701");
        await BookAsync("CR-7701", "icpc");
        await BookAsync("CR-7701", "professionals", slot: 1);
        Assert.Empty(PostedCards("Is the conference process working"));

        var second = await BookAsync("CR-7701", "professionals", slot: 2);
        var check = CardText(await WaitForCardAsync("Is the conference process working for CR-7701"));
        Assert.Contains("Lee Marsh (chair)", check);
        Assert.Contains("second professionals-only meeting in a row", check);

        var start = await ActAsync("CR-7701", second, Chair, OfferEscalation.Verb);
        var text = CardText(start["value"]);
        Assert.Contains("ConferenceNotWorking", text);
        Assert.Contains("second professionals-only meeting in a row", text);
    }
}
