using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

public sealed class ReferralLoopTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    [Fact]
    public async Task A_referral_goes_from_the_school_to_the_front_door_and_its_status_comes_back_on_one_living_card()
    {
        await LinkChannelsAsync("CR-8001");

        // Refer: the form, then the referral's own thread in the desk channel, first line case ref and initials only.
        var id = await OpenFormAsync();
        var submitted = await SubmitAsync("CR-8001", id);
        Assert.Contains("Sent, waiting for CSC to acknowledge", CardText(submitted["value"]));
        var thread = Assert.Single(Posts(), p => p.Method == "POST" && p.Path == "/v3/conversations");
        Assert.True((bool)thread.Body!["isGroup"]!);
        Assert.Equal(DeskChannel, (string)thread.Body["channelData"]!["channel"]!["id"]!);
        var deskCard = thread.Body["activity"]!["attachments"]![0]!["content"]!;
        Assert.Equal("Referral CR-8001 (A.B.)", (string)deskCard["body"]![0]!["text"]!);
        Assert.Contains(WhatHappened, CardText(deskCard));

        var referral = await Referrals.FindAsync("CR-8001", id, default);
        Assert.NotNull(referral);
        Assert.Equal((ReferralStatus.Submitted, FormCardId), (referral.Status, referral.Cards.SchoolActivityId));
        Assert.StartsWith(DeskChannel + ";messageid=", referral.Cards.DeskConversationId);
        Assert.Contains("(1 working day)", CardText(submitted["value"])); // the form became the status card
        Connector.ClearRequests();

        // Acknowledge: the school's card is updated in place.
        await AcknowledgeAsync(referral);
        referral = await ReloadAsync(referral);
        Assert.Equal((ReferralStatus.Acknowledged, "Sam Okafor"), (referral.Status, referral.Holder!.Name));
        var put = Assert.Single(SchoolCardRequests(referral));
        Assert.Equal(("PUT", SchoolCardPath(referral)), (put.Method, put.Path));
        Assert.Contains("Received by CSC", CardText(put.Body));
        Assert.Contains("Sam Okafor", CardText(put.Body));
        Connector.ClearRequests();

        // No further action without a reason, then without advice: refused, nothing stored, nothing sent.
        Assert.Contains("reason", ErrorMessage(await DecideAsync(referral, "NoFurtherAction", "", "")));
        Assert.Contains("advice", ErrorMessage(await DecideAsync(referral, "NoFurtherAction", Reason, " ")));
        var unchanged = await ReloadAsync(referral);
        Assert.Equal((referral.Revision, ReferralStatus.Acknowledged, 2), (unchanged.Revision, unchanged.Status, unchanged.History.Count));
        Assert.Empty(Posts());

        // Decide with reason and advice: stored, and the school's card shows both in full, in place.
        var decided = await DecideAsync(referral, "NoFurtherAction", Reason, Advice);
        Assert.Contains("Decision: No further action", CardText(decided["value"]));
        referral = await ReloadAsync(referral);
        Assert.Equal((ReferralOutcome.NoFurtherAction, Reason, Advice), (referral.Decision!.Outcome, referral.Decision.Reason, referral.Decision.Advice));
        Assert.Equal("PUT", Assert.Single(SchoolCardRequests(referral)).Method);
        Assert.Contains(Reason, SchoolCardNow(referral));
        Assert.Contains(Advice, SchoolCardNow(referral));
        Connector.ClearRequests();

        // The school asks for an update: a status-request card in the referral's thread, naming the holder.
        var asked = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.askUpdate",
            new { caseRef = "CR-8001", referralId = id }, FormCardId));
        Assert.Contains("asked CSC for an update", CardText(asked["value"]));
        var request = Assert.Single(Posts(), p => p.Method == "POST");
        Assert.Equal($"/v3/conversations/{referral.Cards.DeskConversationId}/activities/{referral.Cards.DeskActivityId}", request.Path);
        Assert.Contains("Update asked: CR-8001 (A.B.)", CardText(request.Body));
        Assert.Contains("Held by Sam Okafor", CardText(request.Body));
        referral = await ReloadAsync(referral);
        var requestCardId = Assert.Single(referral.StatusRequests).CardActivityId;
        Assert.NotEmpty(requestCardId);
        Connector.ClearRequests();

        // CSC answers from that card in its own channel; the school's card shows the answer; the request card who and when.
        var answered = await Bot.InvokeAsync(Teams.Execute(DeskChannel, TestPeople.SocialWorker, "referral.answer",
            new { caseRef = "CR-8001", referralId = id, requestId = "1", answer = "Advice letter sent to the school today.", newStatus = "" },
            requestCardId));
        Assert.Contains("Answered by Sam Okafor", CardText(answered["value"]));
        Assert.Contains("Update from Sam Okafor", SchoolCardNow(referral));
        Assert.Contains("Advice letter sent to the school today.", SchoolCardNow(referral));
        var answeredRequest = Assert.Single((await ReloadAsync(referral)).StatusRequests);
        Assert.Equal("Sam Okafor", answeredRequest.AnsweredBy!.Name);
        Assert.NotNull(answeredRequest.AnsweredAt);

        // One living card: after the form was answered, nothing was ever posted again into the school's channel.
        Assert.DoesNotContain(Connector.Requests, r => r.Method == "POST" && r.Path.Contains(SchoolChannel, StringComparison.Ordinal)
            && r.ReceivedAt > referral.SubmittedAt);

        // The history has every change, who and when; the logs have none of what was written.
        Assert.Equal(["submitted", "acknowledged", "decided", "update-asked", "update-answered"],
            (await ReloadAsync(referral)).History.Select(h => h.Event));
        // The chronology seam heard each change once; the timer seam was asked for each due step.
        Assert.Equal(["referral.submitted", "referral.acknowledged", "referral.decided", "referral.update-asked", "referral.update-answered"],
            RecordedEvents.Select(e => e.Event));
        Assert.Equal([("acknowledge", referral.AcknowledgeDue), ("decide", referral.DecisionDue)],
            Reminders.Where(r => r.Step != "answer-request").Select(r => (r.Step, r.DueAt)));
        Assert.Equal("1", Assert.Single(Reminders, r => r.Step == "answer-request").RequestId);
        foreach (var text in new[] { WhatHappened, ChildsWords, Reason, Advice, "Advice letter sent", "Dana Shah", "Sam Okafor" })
            Assert.DoesNotContain(text, Bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_command_asks_for_an_update_once_while_one_is_open()
    {
        var referral = await ReferAsync("CR-8002");

        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "status"))) { }
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "status"))) { }

        var requests = Posts().Where(p => p.Method == "POST" && p.Path.StartsWith($"/v3/conversations/{referral.Cards.DeskConversationId}/", StringComparison.Ordinal));
        Assert.Contains("Nobody at the front door holds it yet", CardText(Assert.Single(requests).Body));
        Assert.Contains("already asked", CardText(Posts()[^1].Body));
        Assert.Single((await ReloadAsync(referral)).StatusRequests);
    }

    [Fact]
    public async Task An_answer_can_acknowledge_and_a_decision_by_answer_needs_its_advice()
    {
        var referral = await ReferAsync("CR-8003");
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "status"))) { }
        var cardId = Assert.Single((await ReloadAsync(referral)).StatusRequests).CardActivityId;

        var refused = await Bot.InvokeAsync(Teams.Execute(DeskChannel, TestPeople.SocialWorker, "referral.answer",
            new { caseRef = "CR-8003", referralId = referral.Id, requestId = "1", answer = "No concerns found.", newStatus = "NoFurtherAction", advice = "" }, cardId));
        Assert.Contains("advice", ErrorMessage(refused));
        Assert.Equal(ReferralStatus.Submitted, (await ReloadAsync(referral)).Status);

        await Bot.InvokeAsync(Teams.Execute(DeskChannel, TestPeople.SocialWorker, "referral.answer",
            new { caseRef = "CR-8003", referralId = referral.Id, requestId = "1", answer = "With me now.", newStatus = "Acknowledged" }, cardId));
        referral = await ReloadAsync(referral);
        Assert.Equal((ReferralStatus.Acknowledged, "Sam Okafor"), (referral.Status, referral.Holder!.Name));
        Assert.Contains("Received by CSC", SchoolCardNow(referral));
        // The desk card follows the change, so its buttons carry the new revision.
        Assert.Contains(Posts(), p => p.Method == "PUT" && p.Path.EndsWith("/activities/" + referral.Cards.DeskActivityId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_answered_already_is_not_answered_twice()
    {
        var referral = await ReferAsync("CR-8007");
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, TestPeople.Dsl, "status"))) { }
        var cardId = Assert.Single((await ReloadAsync(referral)).StatusRequests).CardActivityId;
        object Answer(string text) => new { caseRef = "CR-8007", referralId = referral.Id, requestId = "1", answer = text, newStatus = "" };

        await Bot.InvokeAsync(Teams.Execute(DeskChannel, TestPeople.SocialWorker, "referral.answer", Answer("First answer."), cardId));
        var second = await Bot.InvokeAsync(Teams.Execute(DeskChannel, SecondWorker, "referral.answer", Answer("Second answer."), cardId));

        Assert.Contains("already answered", CardText(second["value"]));
        var request = Assert.Single((await ReloadAsync(referral)).StatusRequests);
        Assert.Equal(("First answer.", "Sam Okafor"), (request.Answer, request.AnsweredBy!.Name));
        Assert.Contains("First answer.", SchoolCardNow(referral));
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_referral_and_one_desk_thread()
    {
        await LinkChannelsAsync("CR-8004");
        var id = await OpenFormAsync();

        await SubmitAsync("CR-8004", id);
        await SubmitAsync("CR-8004", id);

        Assert.Single(Posts(), p => p.Path == "/v3/conversations");
        Assert.Equal(["submitted"], (await Referrals.FindAsync("CR-8004", id, default))!.History.Select(h => h.Event));
    }

    [Fact]
    public async Task A_referral_that_does_not_say_what_help_is_asked_for_is_refused_and_nothing_is_stored()
    {
        await LinkChannelsAsync("CR-8005");
        var id = await OpenFormAsync();
        Connector.ClearRequests();

        var answer = await SubmitAsync("CR-8005", id, helpAsked: "");

        Assert.Contains("what help you are asking for", ErrorMessage(answer));
        Assert.Null(await Referrals.FindAsync("CR-8005", id, default));
        Assert.Empty(Posts());
    }

    [Fact]
    public async Task A_school_can_challenge_a_decision_and_the_challenge_is_handed_to_escalation()
    {
        var referral = await ReferAsync("CR-8006");
        await DecideAsync(referral, "EarlyHelp", "Family agreed to a support worker.", "");
        referral = await ReloadAsync(referral);

        var empty = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.challenge",
            new { caseRef = "CR-8006", referralId = referral.Id, reason = "" }, FormCardId));
        Assert.Contains("why the school disagrees", ErrorMessage(empty));

        var challenged = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.challenge",
            new { caseRef = "CR-8006", referralId = referral.Id, reason = "The child has disclosed again since." }, FormCardId));
        Assert.Contains("Escalation stage 1", CardText(challenged["value"]));
        var stored = await ReloadAsync(referral);
        Assert.Equal(("The child has disclosed again since.", "Dana Shah"), (stored.Challenge!.Reason, stored.Challenge.By.Name));
        Assert.Equal(StartedEscalations.Single().Challenge, stored.Challenge);
    }
}
