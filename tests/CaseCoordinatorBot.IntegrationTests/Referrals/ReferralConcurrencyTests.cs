using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

public sealed class ReferralConcurrencyTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    [Fact]
    public async Task Two_workers_deciding_at_once_one_wins_and_the_other_sees_the_current_state()
    {
        var referral = await ReferAsync("CR-8101");
        await AcknowledgeAsync(referral);
        referral = await ReloadAsync(referral);

        var answers = await Task.WhenAll(
            DecideAsync(referral, "EarlyHelp", "Family agreed to a support worker.", "", TestPeople.SocialWorker),
            DecideAsync(referral, "ChildInNeedAssessment", "Needs a fuller look at home life.", "", SecondWorker));

        var stored = await ReloadAsync(referral);
        Assert.Single(stored.History, h => h.Event == "decided");
        var cards = answers.Select(a => CardText(a["value"])).ToArray();
        var lost = Assert.Single(cards, c => c.Contains("Someone else changed this referral", StringComparison.Ordinal));
        // The loser's card shows the winner's decision, as stored.
        Assert.Contains(stored.Decision!.Reason, lost);
        Assert.Single(cards, c => !c.Contains("Someone else changed", StringComparison.Ordinal) && c.Contains(stored.Decision.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_action_from_a_card_that_is_no_longer_current_changes_nothing()
    {
        var referral = await ReferAsync("CR-8102");
        await AcknowledgeAsync(referral);

        // The second worker still has the card from before the acknowledgement (revision 1).
        var answer = await DecideAsync(referral, "EarlyHelp", "Family agreed to a support worker.", "", SecondWorker, revision: 1);

        Assert.Contains("Someone else changed this referral", CardText(answer["value"]));
        Assert.Contains("Received by CSC", CardText(answer["value"]));
        var stored = await ReloadAsync(referral);
        Assert.Equal((ReferralStatus.Acknowledged, 2), (stored.Status, stored.Revision));
    }

    [Fact]
    public async Task A_double_click_on_the_form_opens_one_thread_at_the_desk()
    {
        await LinkChannelsAsync("CR-8104");
        var id = await OpenFormAsync();

        var answers = await Task.WhenAll(SubmitAsync("CR-8104", id), SubmitAsync("CR-8104", id));

        Assert.Single(Posts(), p => p.Path == "/v3/conversations");
        Assert.All(answers, a => Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)a["type"]));
        Assert.NotEmpty((await Referrals.FindAsync("CR-8104", id, default))!.Cards.DeskConversationId);
    }

    [Fact]
    public async Task Asking_for_an_update_does_not_make_the_desk_card_stale()
    {
        var referral = await ReferAsync("CR-8103");
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "status"))) { }

        var answer = await AcknowledgeAsync(referral); // the desk card the worker has was drawn at revision 1

        Assert.DoesNotContain("Someone else changed", CardText(answer["value"]));
        Assert.Equal(ReferralStatus.Acknowledged, (await ReloadAsync(referral)).Status);
    }
}
