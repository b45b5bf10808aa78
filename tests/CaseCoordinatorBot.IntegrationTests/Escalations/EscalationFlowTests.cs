using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

[Collection(AzuriteFixture.Collection)]
public sealed class EscalationFlowTests(AzuriteFixture azurite) : EscalationTest(azurite)
{
    [Fact]
    public async Task Escalate_then_agreed_then_accepted_closes_it_with_every_step_in_the_chronology()
    {
        await SetUpCaseAsync("CR-6601");
        var escalation = await RaiseAsync("CR-6601");
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 17, 0, 0, TimeSpan.Zero), escalation.DueAt);
        Assert.Equal(EscalationStatus.AwaitingOwner, escalation.Status);

        var answered = await ActAsync(escalation, TestPeople.SocialWorker, "escalation.respond", new { outcome = "agreed", reason = OwnerReason });
        var answeredCard = CardText(answered["value"]);
        Assert.Contains("Agreed by Sam Okafor", answeredCard);
        Assert.Contains("Escalation never delays protection", answeredCard);

        var closed = await ActAsync(escalation, TestPeople.Dsl, "escalation.accept");
        Assert.Contains("Resolved", CardText(closed["value"]));
        Assert.Equal(EscalationStatus.Resolved, (await ReloadAsync(escalation)).Status);

        var entries = await EscalationEntriesAsync("CR-6601");
        Assert.Equal(3, entries.Count);
        Assert.Contains(entries, e => e.Body is CaseCoordinatorBot.Chronology.EscalationBody { Step: "Agreed", Detail: OwnerReason });
    }

    [Fact]
    public async Task Not_agreed_then_escalated_moves_to_the_team_manager_with_a_new_due_date()
    {
        await SetUpCaseAsync("CR-6602");
        var escalation = await RaiseAsync("CR-6602");
        await ActAsync(escalation, TestPeople.SocialWorker, "escalation.respond", new { outcome = "notAgreed", reason = OwnerReason });

        var next = await ActAsync(escalation, TestPeople.Dsl, "escalation.next", new { nextReason = "The risk has not been looked at again." });
        Assert.Contains("Stage 2 of 4", CardText(next["value"]));
        Assert.Contains("CSC team manager (Children", CardText(next["value"]));
        var now = await ReloadAsync(escalation);
        Assert.Equal(2, now.Stage);
        Assert.Null(now.Response);
        // Raised again on Wed 23 Dec: 3 working days are 24, 29 and 30 December (25 and 28 are bank holidays).
        Assert.Equal(new DateTimeOffset(2026, 12, 30, 17, 0, 0, TimeSpan.Zero), now.DueAt);

        // The social worker no longer owns it; the team manager does.
        var refused = await ActAsync(now, TestPeople.SocialWorker, "escalation.respond", new { outcome = "agreed", reason = OwnerReason });
        Assert.Contains("team manager", ErrorMessage(refused));
        var answered = await ActAsync(now, TeamManager, "escalation.respond", new { outcome = "agreed", reason = OwnerReason });
        Assert.Contains("Agreed by Tom Reid", CardText(answered["value"]));
        Assert.Equal(4, (await EscalationEntriesAsync("CR-6602")).Count);
    }

    [Fact]
    public async Task Wrong_people_wrong_cases_and_crafted_ids_are_refused_and_audited()
    {
        await SetUpCaseAsync("CR-6603");
        var escalation = await RaiseAsync("CR-6603");

        Assert.Contains("Only the social worker", ErrorMessage(await ActAsync(escalation, TeamManager, "escalation.respond",
            new { outcome = "agreed", reason = OwnerReason })));
        await ActAsync(escalation, TestPeople.SocialWorker, "escalation.respond", new { outcome = "notAgreed", reason = OwnerReason });
        Assert.Contains("Only the person who raised", ErrorMessage(await ActAsync(escalation, TestPeople.SocialWorker, "escalation.accept")));
        Assert.Contains("could not be found", ErrorMessage(await ActAsync(escalation with { Id = "../../cases/x" }, TestPeople.Dsl, "escalation.accept")));

        var otherChannel = TestPeople.Channel("another-case");
        await LinkCaseAsync(otherChannel, "CR-6604");
        ErrorMessage(await ActAsync(escalation, TestPeople.Dsl, "escalation.accept", channel: otherChannel));

        var outcomes = (await Audit.ReadAsync("CR-6603", default)).Select(a => a.Outcome).ToArray();
        Assert.Contains("refused:not-owner", outcomes);
        Assert.Contains("refused:not-raiser", outcomes);
        Assert.Contains("refused:no-such-escalation", outcomes);
        Assert.Contains("refused:wrong-conversation", outcomes);
        Assert.Equal(EscalationStatus.AwaitingRaiser, (await ReloadAsync(escalation)).Status);
    }

    [Fact]
    public async Task A_missing_description_is_asked_for_and_nothing_is_started()
    {
        await SetUpCaseAsync("CR-6605");
        using (await Bot.SendAsync(Teams.ChannelMessage(CaseChannel, TestPeople.Dsl, "escalate"))) { }
        var id = (string)Posts()[^1].Body!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["escalationId"]!;

        var answer = await Bot.InvokeAsync(Teams.Execute(CaseChannel, TestPeople.Dsl, "escalation.raise",
            new { caseRef = "CR-6605", escalationId = id, about = "Decision", description = "  " }, CardId));

        Assert.Contains("required", CardText(answer["value"]));
        Assert.Null(await Escalations.FindAsync("CR-6605", id, default));
    }

    [Fact]
    public async Task No_description_or_reason_text_reaches_the_logs()
    {
        await SetUpCaseAsync("CR-6606");
        var escalation = await RaiseAsync("CR-6606");
        await ActAsync(escalation, TestPeople.SocialWorker, "escalation.respond", new { outcome = "notAgreed", reason = OwnerReason });
        await ActAsync(escalation, TestPeople.Dsl, "escalation.next", new { nextReason = "Still worried about the evenings." });

        var logs = Bot.Logs.AllText;
        Assert.Contains(escalation.Id, logs);
        Assert.DoesNotContain("disclosed twice", logs);
        Assert.DoesNotContain("duty manager", logs);
        Assert.DoesNotContain("evenings", logs);
    }
}
