using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Conferences;

/// <summary>One meeting however often it is picked, a reason for every cancellation, access refused and audited, calendar failures told.</summary>
public sealed class ConferenceSafetyTests(AzuriteFixture azurite) : ConferenceTest(azurite)
{
    private async Task<(string Id, IReadOnlyList<string> Slots)> OfferedAsync(string caseRef, string type = "core-group")
    {
        await SetUpReferredCaseAsync(caseRef);
        var id = ConferenceIdOf(await RequestAsync(type));
        var offered = (await ActAsync(caseRef, id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        return (id, SlotKeys(offered));
    }

    [Fact]
    public async Task A_double_click_and_a_retry_on_a_slot_make_one_meeting()
    {
        var (id, slots) = await OfferedAsync("CR-7111");
        Assert.Equal(3, slots.Count);

        await WithClockRunningAsync(Task.WhenAll(
            ActAsync("CR-7111", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = slots[1] }),
            ActAsync("CR-7111", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = slots[1] })));
        var again = (await ActAsync("CR-7111", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = slots[1] }))["value"];

        Assert.Equal(1, Calendar.MeetingCount);
        Assert.All(Calendar.CreateRequests, r => Assert.Equal(PickSlot.TransactionId(id, slots[1]), r.TransactionId));
        Assert.Contains("evt-1", CardText(again));
        Assert.Single(await MeetingEntriesAsync("CR-7111"), e => e.Step == "booked");
    }

    [Fact]
    public async Task A_slot_that_has_passed_is_refused()
    {
        var (id, slots) = await OfferedAsync("CR-7118");
        Clock.Advance(TimeSpan.FromDays(1));
        var answer = await ActAsync("CR-7118", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = slots[0] });
        Assert.Contains("already passed", ErrorMessage(answer));
        Assert.Equal(0, Calendar.MeetingCount);
    }

    [Fact]
    public async Task A_slot_the_bot_did_not_offer_is_refused()
    {
        var (id, _) = await OfferedAsync("CR-7112");
        var answer = await ActAsync("CR-7112", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = "20261225T0300Z" });
        Assert.Contains("not one the bot offered", ErrorMessage(answer));
        Assert.Equal(0, Calendar.MeetingCount);
    }

    [Fact]
    public async Task Cancelling_without_a_reason_is_refused_and_with_one_cancels_records_and_offers_escalation()
    {
        var (id, slots) = await OfferedAsync("CR-7113");
        await ActAsync("CR-7113", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = slots[0] });

        var refused = await ActAsync("CR-7113", id, TestPeople.SocialWorker, CancelConference.Verb, new { reason = "   " });
        Assert.Equal(CancelConference.ReasonRequired, ErrorMessage(refused));
        Assert.Equal(ConferenceStatus.Scheduled, (await Conferences.FindAsync("CR-7113", id, default))!.Status);

        const string reason = "The chair is ill; rearranging for next week.";
        var cancelled = CardText((await ActAsync("CR-7113", id, TestPeople.SocialWorker, CancelConference.Verb, new { reason }))["value"]);
        Assert.Contains("Cancelled by Sam Okafor", cancelled);
        Assert.Contains(OfferEscalation.Verb, cancelled);
        var stored = (await Conferences.FindAsync("CR-7113", id, default))!;
        Assert.Equal(reason, Calendar.CancelComment(stored.Meeting!.EventId));
        Assert.Contains(await MeetingEntriesAsync("CR-7113"), e => e.Step == "cancelled" && e.Detail.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_outside_the_case_is_refused_and_audited()
    {
        var (id, slots) = await OfferedAsync("CR-7114");
        var outsider = await ActAsync("CR-7114", id, TestPeople.Outsider, PickSlot.Verb, new { slot = slots[0] });
        Assert.Contains("not a member of this case", ErrorMessage(outsider));
        // In the channel but with no role in the case: may not arrange meetings.
        var nurse = await ActAsync("CR-7114", id, TestPeople.Nurse, FindSlots.Verb);
        Assert.Equal(ConferenceAccess.NotArranger, ErrorMessage(nurse));

        Assert.Equal(0, Calendar.MeetingCount);
        var outcomes = (await Audit.ReadAsync("CR-7114", default)).Select(a => (a.Event, a.Outcome)).ToArray();
        Assert.Contains((PickSlot.Verb, "refused:not-a-member"), outcomes);
        Assert.Contains((FindSlots.Verb, "refused:not-an-arranger"), outcomes);
    }

    [Fact]
    public async Task The_conference_command_is_refused_to_people_without_a_role_in_the_case()
    {
        await SetUpReferredCaseAsync("CR-7115");
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Nurse, "conference icpc"))) { }
        Assert.Contains(Posts(), p => (p.Body?["text"]?.ToString() ?? "").Contains("Only children's social care, the conference chair", StringComparison.Ordinal));
        Assert.Empty(PostedCards("Meeting for "));
    }

    [Fact]
    public async Task A_calendar_that_is_throttling_is_told_plainly_and_nothing_is_lost()
    {
        await SetUpReferredCaseAsync("CR-7116");
        var id = ConferenceIdOf(await RequestAsync("cin"));
        Calendar.FailNext(new MeetingCalendarException("Too many requests.", 429));

        var answer = CardText((await ActAsync("CR-7116", id, TestPeople.SocialWorker, FindSlots.Verb))["value"]);
        Assert.Contains("busy or unavailable", answer);
        Assert.Contains("Find slots", answer);
        var stored = (await Conferences.FindAsync("CR-7116", id, default))!;
        Assert.Equal(ConferenceStatus.Requested, stored.Status);

        // The school's calendar is in another tenant: it cannot block, and the card says it was not seen.
        Calendar.Hide(Mailbox(TestPeople.Dsl));
        var retried = (await ActAsync("CR-7116", id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        Assert.Equal(3, SlotKeys(retried).Count);
        Assert.Contains("Availability not visible for: Dana Shah (School or nursery)", CardText(retried));
    }

    [Fact]
    public async Task When_no_slot_exists_before_the_due_date_the_card_names_who_blocks()
    {
        await SetUpReferredCaseAsync("CR-7117");
        var id = ConferenceIdOf(await RequestAsync("strategy"));
        Calendar.SetBusy(Mailbox(Chair), Busy(Clock.GetUtcNow(), Clock.GetUtcNow().AddDays(30)));
        var answer = (await ActAsync("CR-7117", id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        Assert.Empty(SlotKeys(answer));
        Assert.Contains("No slot before the due date suits every required invitee. Busy: Lee Marsh (Children's social care)", CardText(answer));
    }
}
