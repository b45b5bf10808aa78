using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Conferences;

/// <summary>From a strategy-discussion decision to the chair's warning, with the in-memory calendar.</summary>
public sealed class ConferenceFlowTests(AzuriteFixture azurite) : ConferenceTest(azurite)
{
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 29, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_strategy_discussion_decision_is_booked_and_the_chair_is_warned_when_csc_declines()
    {
        var referral = await SetUpReferredCaseAsync("CR-7101");
        await AcknowledgeAsync(referral);
        // The social worker is busy until Tuesday noon: Christmas and the substitute Boxing Day are no working days.
        Calendar.SetBusy(Mailbox(TestPeople.SocialWorker), Busy(Clock.GetUtcNow(), Tuesday.AddHours(12)));
        await DecideAsync(await ReloadAsync(referral), "StrategyDiscussion", Reason, Advice);

        var posted = PostedCards("Meeting for CR-7101").Single();
        var text = CardText(posted);
        Assert.Contains("Strategy discussion", text);
        Assert.Contains("due in 1 working day, Tue 29 Dec", text);
        Assert.Contains("Nobody in this case is from: Health, Police", text);
        Assert.Contains("Find slots", text);
        var id = ConferenceIdOf(posted);

        var offered = (await ActAsync("CR-7101", id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        Assert.Equal(["20261229T1200Z", "20261229T1230Z", "20261229T1300Z"], SlotKeys(offered));
        Assert.Contains("Tue 29 Dec 2026, 12:00–13:00", CardText(offered));
        Assert.Equal(Organiser, Calendar.AvailabilityRequests.Single().Organiser);

        var booked = (await ActAsync("CR-7101", id, Chair, PickSlot.Verb, new { slot = "20261229T1200Z" }))["value"];
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/evt-1", CardText(booked));
        Assert.Contains("Tue 29 Dec 2026, 12:00–13:00 (UK time)", CardText(booked));
        var request = Calendar.CreateRequests.Single();
        Assert.Equal("Strategy discussion: case CR-7101 (A.B.)", request.Subject);
        Assert.Contains(request.Invitees, i => i.Address == Mailbox(TestPeople.SocialWorker) && i.Required);
        Assert.Contains(request.Invitees, i => i.Address == Mailbox(TestPeople.Dsl) && i.Required);

        Calendar.Reply(Mailbox(TestPeople.SocialWorker), MeetingResponse.Declined);
        Connector.ClearRequests();
        Clock.Advance(Tuesday.AddHours(9).AddMinutes(1) - Clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        var warning = await WaitForCardAsync("Meeting at risk for CR-7101");
        Assert.NotNull(warning);
        Assert.Contains("Children's social care has declined the meeting.", CardText(warning));
        Assert.Contains("For Lee Marsh (Conference chair)", CardText(warning));

        var escalation = (await ActAsync("CR-7101", id, Chair, OfferEscalation.Verb))["value"];
        Assert.Contains("Escalation for CR-7101 (A.B.)", CardText(escalation));
        Assert.Equal("MeetingMissed", (string?)escalation!["body"]!.AsArray().Single(e => (string?)e!["id"] == "about")!["value"]);
        Assert.Contains("declined", (string?)escalation["body"]!.AsArray().Single(e => (string?)e!["id"] == "description")!["value"]);

        // The chronology entry follows the warning card: wait for it.
        var steps = (await EventuallyAsync(() => MeetingEntriesAsync("CR-7101"), e => e.Count == 3)).Select(e => e.Step).ToArray();
        Assert.Equal(["requested", "booked", "chair warned"], steps);
    }

    [Fact]
    public async Task Education_declining_a_conference_warns_the_chair_on_the_next_working_day()
    {
        await SetUpReferredCaseAsync("CR-7102");
        Calendar.SetBusy(Mailbox(TestPeople.SocialWorker), Busy(Clock.GetUtcNow(), Tuesday.AddDays(1).AddHours(12)));
        var card = await RequestAsync("icpc");
        Assert.Contains("Initial child protection conference", CardText(card));
        var id = ConferenceIdOf(card);
        var offered = (await ActAsync("CR-7102", id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        Assert.Equal("20261230T1200Z", SlotKeys(offered)[0]);
        await ActAsync("CR-7102", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = SlotKeys(offered)[0] });

        Calendar.Reply(Mailbox(TestPeople.Dsl), MeetingResponse.Declined);
        Calendar.Reply(Mailbox(TestPeople.SocialWorker), MeetingResponse.Accepted);
        Clock.Advance(Tuesday.AddHours(9).AddMinutes(1) - Clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        var warning = CardText(await WaitForCardAsync("Meeting at risk for CR-7102"));
        Assert.Contains("education must be at this meeting", warning);
        Assert.Contains("Quorum is at risk", warning);
        Assert.DoesNotContain("Children's social care has declined", warning);
        // The card is posted before the warning is marked as given (a repeat beats a loss): wait for the mark.
        var stored = await EventuallyAsync(() => Conferences.FindAsync("CR-7102", id, default), c => c!.WarnedRisks.Contains("education-declined"));
        Assert.Contains("education-declined", stored!.WarnedRisks);
        Assert.Contains(stored.Replies, r => r.Response == MeetingResponse.Declined);
    }

    [Fact]
    public async Task Another_decision_requests_no_meeting_and_the_referral_chronology_is_still_written()
    {
        var referral = await SetUpReferredCaseAsync("CR-7103");
        await AcknowledgeAsync(referral);
        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice);

        Assert.Empty(PostedCards("Meeting for "));
        Assert.Empty(await Conferences.ListAsync("CR-7103", default));
        var last = await Chronology.LastSequenceAsync("CR-7103", default);
        var entries = await Chronology.ReadManyAsync("CR-7103", Enumerable.Range(1, (int)last).Select(i => (long)i), default);
        Assert.Contains(entries, e => e is { Kind: CaseCoordinatorBot.Chronology.EntryKind.Decision });
    }
}
