using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.IntegrationTests.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

/// <summary>"Refer now" on a review prompt: the outcome is recorded, then the referral form opens.</summary>
public sealed class ReviewReferNowTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private ChronologyStore Chronology => Bot.Services.GetRequiredService<ChronologyStore>();

    [Fact]
    public async Task Refer_now_records_the_review_and_opens_the_referral_form_for_the_safeguarding_lead()
    {
        await LinkChannelsAsync("CR-9701");
        await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "concern.submit", new Dictionary<string, object?>
        {
            ["caseRef"] = "CR-9701", ["draftId"] = Guid.NewGuid().ToString("N"),
            ["seen"] = "Fell asleep in two lessons and said she had no dinner.", ["childsWords"] = "",
            ["seenOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["seenAt"] = "11:00", ["where"] = "Maths room",
            ["noticedBy"] = "Maths teacher", ["actionTaken"] = "Gave her toast and told the safeguarding lead.", ["othersKnow"] = "",
            ["cscAware"] = "No", ["cscHow"] = "", ["category"] = "Neglect", ["level"] = "Early", ["share"] = "family", ["shareReason"] = "",
        }));

        var answer = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "concern.review",
            new { caseRef = "CR-9701", sequence = "1", outcome = "ReferNow" }));

        Assert.Contains("referral.submit", CardText(answer));
        var review = (await Chronology.ReadAsync("CR-9701", 2, default))!;
        Assert.Equal(new ReviewBody(1, ReviewOutcome.ReferNow), review.Body);
    }
}
