using System.Globalization;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.MyWork;

/// <summary>"my work" through the real bot: what waits for whom, the button that opens the right card, and who may see what.</summary>
public sealed class MyWorkTests(AzuriteFixture azurite) : MyWorkTest(azurite)
{
    [Fact]
    public async Task A_CSC_worker_on_the_case_sees_the_referral_waiting_and_its_button_opens_the_desk_card_to_act_on_it()
    {
        var referral = await ReferWithCscWorkerAsync("CR-8101");

        var home = await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8101 (A.B.)"));
        var text = home.ToJsonString();
        Assert.Contains("Referral: CSC to acknowledge the referral", text);
        Assert.Contains("Your work: 1 item", text);
        var button = Assert.Single(OpenButtons(home));
        Assert.Equal("referral", (string)button["source"]!);

        var opened = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "mywork.open", button));
        Assert.Contains("referral.decide", CardText(opened["value"]));

        // Decided from the personal chat: stored, and the desk's own card redrawn as well.
        var decided = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "referral.decide", new
        {
            caseRef = "CR-8101", referralId = referral.Id, revision = referral.Revision.ToString(CultureInfo.InvariantCulture),
            outcome = "EarlyHelp", reason = Reason, advice = Advice,
        }));
        Assert.DoesNotContain("error", (string)decided["type"]!);
        Assert.Equal(CaseCoordinatorBot.Referrals.ReferralStatus.Decided, (await ReloadAsync(referral)).Status);
        Assert.Contains(Posts(), p => p.Method == "PUT" && p.Path.Contains(referral.Cards.DeskActivityId, StringComparison.Ordinal));

        var after = await MyWorkWhenAsync(TestPeople.SocialWorker, c => !c.Contains("CR-8101 (A.B.)"));
        Assert.Contains("Your work: nothing waiting", after.ToJsonString());
    }

    [Fact]
    public async Task The_school_sees_none_of_CSC_s_items_and_a_crafted_button_for_one_is_refused_and_audited()
    {
        await ReferWithCscWorkerAsync("CR-8102");
        var csc = await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8102"));
        var button = Assert.Single(OpenButtons(csc));

        Assert.DoesNotContain("CR-8102 (A.B.)", (await MyWorkAsync(TestPeople.Dsl)).ToJsonString());
        var refused = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.Dsl, "mywork.open", button));

        Assert.Contains("waits for someone else", CardText(refused["value"]));
        Assert.DoesNotContain("referral.decide", CardText(refused["value"]));
        Assert.Contains(await Audit.ReadAsync("CR-8102", default), e => (e.Event, e.Outcome) == ("mywork.open", "refused:not-the-owner"));
    }

    [Fact]
    public async Task A_person_who_leaves_the_case_channel_stops_seeing_the_case_at_once_and_cannot_open_its_items()
    {
        await ReferWithCscWorkerAsync("CR-8103");
        var button = Assert.Single(OpenButtons(await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8103"))));

        Connector.SetRoster(SchoolChannel, [TestPeople.Dsl.Member(), TestPeople.Nurse.Member()]);

        Assert.DoesNotContain("CR-8103", (await MyWorkAsync(TestPeople.SocialWorker)).ToJsonString());
        var refused = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "mywork.open", button));
        Assert.DoesNotContain("referral.decide", CardText(refused["value"]));
        Assert.Contains(await Audit.ReadAsync("CR-8103", default), e => (e.Event, e.Outcome) == ("mywork.open", "refused:not-a-member-personal"));
    }

    [Fact]
    public async Task Opening_the_personal_app_the_first_time_shows_the_home_card_with_the_work_waiting()
    {
        await ReferWithCscWorkerAsync("CR-8104");
        await MyWorkWhenAsync(TestPeople.Dsl, c => c.Contains("Nothing is due")); // the case's list is drawn
        var first = (await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8104"))).ToJsonString();
        Assert.True(first.Contains("CR-8104 (A.B.)"), first);

        Connector.ClearRequests();
        using (await Bot.SendAsync(PersonalInstall(TestPeople.SocialWorker))) { }
        var home = Assert.Single(Posts()).Body!["attachments"]![0]!["content"]!.ToJsonString();

        Assert.Contains("Hello, I\\u0027m Case Coordinator", home);
        Assert.Contains("CR-8104 (A.B.)", home);
        Assert.Contains("Morning digest: on, at 08:00", home);
    }

    [Fact]
    public async Task In_a_case_channel_my_work_lists_only_that_case_and_in_an_unlinked_conversation_it_says_where_to_look()
    {
        await ReferWithCscWorkerAsync("CR-8105");
        await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8105"));

        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.SocialWorker, "my work"))) { }
        var inChannel = CardText(Assert.Single(Posts()).Body);
        Assert.True(inChannel.Contains("In CR-8105"), inChannel);
        Assert.DoesNotContain("Morning digest", inChannel);

        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "my work"))) { }
        var dsl = CardText(Assert.Single(Posts()).Body);
        Assert.True(dsl.Contains("Nothing is due from you in CR-8105"), dsl);
    }
}
