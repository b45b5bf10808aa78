using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

public sealed class ReferralAccessTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    [Fact]
    public async Task Someone_without_a_school_role_cannot_refer_and_the_refusal_is_audited()
    {
        await LinkChannelsAsync("CR-8301");

        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Nurse, "refer"))) { }

        var reply = CardText(Assert.Single(Posts()).Body);
        Assert.Contains("designated safeguarding lead, a deputy", reply);
        Assert.DoesNotContain("referral.submit", reply);
        Assert.Contains(await Audit.ReadAsync("CR-8301", default), e => e is { Event: "referral.start", Outcome: "refused:not-school-referrer" });
    }

    [Fact]
    public async Task A_crafted_submit_by_someone_without_a_school_role_is_refused_and_audited()
    {
        await LinkChannelsAsync("CR-8302");

        var answer = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Nurse, "referral.submit", Form("CR-8302", ReferralIds.New())));

        Assert.Contains("Only the school's designated safeguarding lead", ErrorMessage(answer));
        Assert.Contains(await Audit.ReadAsync("CR-8302", default), e => e is { Event: "referral.submit", Outcome: "refused:not-school-referrer" });
        Assert.Empty(Posts());
    }

    [Fact]
    public async Task A_school_user_acting_on_the_CSC_card_is_refused_and_audited()
    {
        var referral = await ReferAsync("CR-8303");

        var answer = await DecideAsync(referral, "NoFurtherAction", "Nothing to see.", "None.", TestPeople.Dsl);

        Assert.Contains("Only members of the children's social care front door", ErrorMessage(answer));
        Assert.Equal(ReferralStatus.Submitted, (await ReloadAsync(referral)).Status);
        Assert.Contains(await Audit.ReadAsync("CR-8303", default), e => e is { Event: "referral.decide", Outcome: "refused:not-csc" });
    }

    [Fact]
    public async Task A_CSC_verb_sent_from_the_school_channel_is_refused_and_audited()
    {
        var referral = await ReferAsync("CR-8304");

        var answer = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.SocialWorker, "referral.acknowledge",
            new { caseRef = "CR-8304", referralId = referral.Id, revision = "1" }, FormCardId));

        Assert.Contains("refused and recorded", ErrorMessage(answer));
        Assert.Equal(ReferralStatus.Submitted, (await ReloadAsync(referral)).Status);
        Assert.Contains(await Audit.ReadAsync("CR-8304", default), e => e is { Event: "referral.acknowledge", Outcome: "refused:wrong-conversation" });
    }

    [Fact]
    public async Task A_crafted_action_naming_another_case_is_refused_and_audited_in_that_case()
    {
        var referral = await ReferAsync("CR-8305");
        await LinkCaseAsync(TestPeople.Channel("other-case"), "CR-8306");

        var answer = await OnDeskCardAsync(referral, TestPeople.SocialWorker, "referral.acknowledge",
            new { caseRef = "CR-8306", referralId = referral.Id, revision = "1" });

        ErrorMessage(answer);
        Assert.Contains(await Audit.ReadAsync("CR-8306", default), e => e is { Event: "referral.acknowledge", Outcome: "refused:no-such-referral" });
        Assert.Equal(ReferralStatus.Submitted, (await ReloadAsync(referral)).Status);
    }

    [Fact]
    public async Task A_worker_with_a_CSC_role_in_the_case_may_act_without_being_in_the_desk_roster()
    {
        var referral = await ReferAsync("CR-8307");
        var cases = Bot.Services.GetRequiredService<CaseStore>();
        await cases.UpdateCaseAsync("CR-8307", file => file with
        {
            Members = [.. file.Members, new CaseMember(TestPeople.HostTenant, TestPeople.Nurse.AadObjectId, "Tom Reid", Agency.Csc, CaseRole.TeamManager, DateTimeOffset.UtcNow, "test")],
        }, default);

        await AcknowledgeAsync(referral, TestPeople.Nurse);

        Assert.Equal("Tom Reid", (await ReloadAsync(referral)).Holder!.Name);
    }

    [Fact]
    public async Task Only_front_door_desks_are_offered_on_the_form()
    {
        await LinkChannelsAsync("CR-8308");
        Connector.SetRoster(TestPeople.Channel("school-desk"), [TestPeople.Dsl.Member()]);
        await Bot.InvokeAsync(Teams.Execute(TestPeople.Channel("school-desk"), TestPeople.Dsl, "channel.linkDesk",
            new { deskKind = nameof(DeskKind.SchoolSafeguarding), deskName = "Riverside Primary" }));

        var desks = await Bot.Services.GetRequiredService<CaseStore>().ListDesksAsync(DeskKind.CscFrontDoor, default);

        Assert.Equal([DeskChannel], desks.Select(d => d.Channel.ChannelId));
        await OpenFormAsync();
        Assert.DoesNotContain("Riverside Primary", CardText(Posts()[^1].Body));
    }

    [Fact]
    public async Task Without_a_front_door_linked_refer_says_how_to_link_one()
    {
        await LinkCaseAsync(SchoolChannel, "CR-8309");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "refer"))) { }

        var reply = CardText(Assert.Single(Posts()).Body);
        Assert.Contains("No children", reply);
        Assert.DoesNotContain("referral.submit", reply);
    }

    [Fact]
    public async Task Only_the_school_side_can_challenge_a_decision()
    {
        var referral = await ReferAsync("CR-8310");
        await DecideAsync(referral, "EarlyHelp", "Family agreed to a support worker.", "");

        var answer = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Nurse, "referral.challenge",
            new { caseRef = "CR-8310", referralId = referral.Id, reason = "I disagree." }, FormCardId));

        Assert.Contains("can challenge a decision", ErrorMessage(answer));
        Assert.Null((await ReloadAsync(referral)).Challenge);
        Assert.Empty(StartedEscalations);
        Assert.Contains(await Audit.ReadAsync("CR-8310", default), e => e is { Event: "referral.challenge", Outcome: "refused:not-school-referrer" });
    }
}
