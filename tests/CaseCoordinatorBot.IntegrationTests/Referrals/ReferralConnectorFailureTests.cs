using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

public sealed class ReferralConnectorFailureTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    public static TheoryData<string> PassingFaults() => ["429 with Retry-After", "503", "slow beyond the timeout"];

    private static ConnectorFault Fault(string name) => name switch
    {
        "429 with Retry-After" => ConnectorFault.TooManyRequests(TimeSpan.FromSeconds(1)),
        "503" => ConnectorFault.ServiceUnavailable(),
        _ => ConnectorFault.Slow(TimeSpan.FromSeconds(3)),
    };

    [Theory]
    [MemberData(nameof(PassingFaults))]
    public async Task A_failing_update_of_the_school_card_is_retried_until_it_lands_after_the_change_is_stored(string fault)
    {
        var referral = await ReferAsync("CR-8201");
        Connector.AddFault(Fault(fault), times: 1, method: "PUT", pathContains: referral.Cards.SchoolConversationId);

        var answer = await DecideAsync(referral, "EarlyHelp", "Family agreed to a support worker.", "");

        Assert.Equal(ReferralStatus.Decided, (await ReloadAsync(referral)).Status);
        var touches = SchoolCardRequests(referral);
        Assert.All(touches, r => Assert.Equal(("PUT", SchoolCardPath(referral)), (r.Method, r.Path)));
        Assert.Equal(2, touches.Count);
        Assert.Contains("Family agreed to a support worker.", SchoolCardNow(referral));
        Assert.DoesNotContain("could not be updated", CardText(answer["value"]));
    }

    [Fact]
    public async Task When_the_school_card_cannot_be_updated_the_worker_is_told_and_the_change_stays_stored()
    {
        var referral = await ReferAsync("CR-8202");
        // As many failures as the connector client makes attempts (4).
        Connector.AddFault(ConnectorFault.ServiceUnavailable(), times: 4, method: "PUT", pathContains: referral.Cards.SchoolConversationId);

        var answer = await DecideAsync(referral, "EarlyHelp", "Family agreed to a support worker.", "");

        Assert.Contains("card could not be updated yet", CardText(answer["value"]));
        Assert.Equal(ReferralStatus.Decided, (await ReloadAsync(referral)).Status);
        Assert.All(SchoolCardRequests(referral), r => Assert.Equal("PUT", r.Method)); // never a new post instead
        Assert.DoesNotContain("Family agreed", SchoolCardNow(referral));
        var failure = Assert.Single(Bot.Logs.Records, r => r.EventId == 5001);
        Assert.Contains(referral.Id, failure.Message);
        Assert.DoesNotContain("Family agreed", Bot.Logs.AllText);

        // The next change brings the school's card up to date with everything stored.
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, Testing.Bot.TestPeople.Dsl, "status"))) { }
        Assert.Contains("Family agreed to a support worker.", SchoolCardNow(referral));
    }

    [Fact]
    public async Task When_the_desk_thread_cannot_be_opened_the_referral_is_kept_and_sent_by_the_next_click()
    {
        await LinkChannelsAsync("CR-8203");
        var id = await OpenFormAsync();
        Connector.AddFault(ConnectorFault.ServiceUnavailable(), times: 1, method: "POST", pathContains: "/v3/conversations");

        var first = await SubmitAsync("CR-8203", id);

        Assert.Contains("saved", ErrorMessage(first));
        Assert.NotNull(await Referrals.FindAsync("CR-8203", id, default));
        await SubmitAsync("CR-8203", id);
        var referral = (await Referrals.FindAsync("CR-8203", id, default))!;
        Assert.NotEmpty(referral.Cards.DeskConversationId);
        Assert.Equal(2, Connector.Requests.Count(r => r.Method == "POST" && r.Path == "/v3/conversations"));
    }
}
