using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.IntegrationTests.Referrals;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>
/// The owner's copy of the escalation card in the CSC desk that holds a challenged referral: posted there, answered
/// there by the desk's members through the same handler and checks as the case channel's card, and refused (and
/// audited) from any conversation that does not hold the copy.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class EscalationDeskCopyTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private const string ChallengeReason = "The child has told us again since the home visit.";
    private const string OwnerReason = "The new disclosure was considered at the strategy discussion on Monday.";
    private static readonly string OtherDesk = TestPeople.Channel("school-safeguarding-desk");

    // Wednesday 23 December 2026, 10:00: stage 1 is due at close of business on Tuesday 29 December.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero));

    private EscalationStore Escalations => Bot.Services.GetRequiredService<EscalationStore>();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.RemoveAll<IEscalationStarter>();
        services.AddScoped<IEscalationStarter, ChallengeEscalationStarter>();
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        // The test sweeps by hand (see EscalationScenarioTests).
        services.PostConfigure<SchedulingOptions>(o => o.SweepInterval = TimeSpan.FromDays(45));
    }

    [Fact]
    public async Task A_challenge_posts_the_card_in_the_case_channel_and_one_copy_in_the_desk_that_holds_the_referral()
    {
        var escalation = await ChallengeAsync("CR-6640");

        var copy = Assert.IsType<EscalationOwnerCopy>(escalation.OwnerCopy);
        Assert.Equal((1, OwnerPlace.Desk, DeskChannel), (copy.Stage, copy.Place, copy.Card.ConversationId));
        var inDesk = Assert.Single(CardPosts("CR-6640"), p => p.Path.Contains(DeskChannel, StringComparison.Ordinal));
        Assert.Single(CardPosts("CR-6640"), p => p.Path.Contains(SchoolChannel, StringComparison.Ordinal));
        // Teams shows the first TextBlock in notifications: the case reference and initials, nothing else.
        var content = inDesk.Body!["attachments"]![0]!["content"]!;
        Assert.Equal("Escalation for CR-6640 (A.B.)", (string?)content["body"]![0]!["text"]);
        Assert.Contains("immediate risk", CardText(content));
        Assert.True(Connector.HasActivity(DeskChannel, copy.Card.ActivityId));
        Assert.DoesNotContain(ChallengeReason, Bot.Logs.AllText);
    }

    [Fact]
    public async Task A_desk_member_with_no_role_in_the_case_answers_on_the_desk_copy_and_the_case_channel_card_shows_it()
    {
        var escalation = await ChallengeAsync("CR-6641");
        Connector.ClearRequests();

        var answer = await RespondAsync(escalation, DeskChannel, SecondWorker);

        Assert.Contains(OwnerReason, CardText(answer["value"]));
        var after = (await Escalations.FindAsync(escalation.CaseRef, escalation.Id, default))!;
        Assert.Equal(EscalationStatus.AwaitingRaiser, after.Status);
        Assert.Equal((false, Agency.Csc, SecondWorker.Name), (after.Response!.Agreed, after.Response.By.Agency, after.Response.By.Name));
        // The raiser reads the answer on the case channel's card, redrawn in place.
        Assert.Contains(Connector.Requests, r => r.Method == "PUT" && r.Path.Contains(SchoolChannel, StringComparison.Ordinal)
            && r.Path.EndsWith(after.Card.ActivityId, StringComparison.Ordinal) && CardText(r.Body).Contains(OwnerReason));
    }

    [Fact]
    public async Task An_answer_from_a_desk_that_does_not_hold_the_copy_or_from_someone_off_the_desk_is_refused_and_audited()
    {
        var escalation = await ChallengeAsync("CR-6642");
        Connector.SetRoster(OtherDesk, [SecondWorker.Member()]);
        await Bot.InvokeAsync(Teams.Execute(OtherDesk, SecondWorker, "channel.linkDesk",
            new { deskKind = nameof(DeskKind.SchoolSafeguarding), deskName = "Hillside safeguarding team" }));

        var fromOtherDesk = ErrorMessage(await RespondAsync(escalation, OtherDesk, SecondWorker));
        var offTheDesk = ErrorMessage(await RespondAsync(escalation, DeskChannel, TestPeople.Outsider));

        Assert.Contains("This escalation is not with this desk", fromOtherDesk);
        Assert.Contains("Only members of this desk", offTheDesk);
        var outcomes = (await Audit.ReadAsync("CR-6642", default)).Select(a => a.Outcome).ToArray();
        Assert.Contains("refused:wrong-conversation", outcomes);
        Assert.Contains("refused:not-desk-member", outcomes);
        Assert.Equal(EscalationStatus.AwaitingOwner, (await Escalations.FindAsync(escalation.CaseRef, escalation.Id, default))!.Status);
    }

    [Fact]
    public async Task At_due_the_desk_is_nudged_beside_its_copy_and_the_case_channel_hears_that_it_was()
    {
        var escalation = await ChallengeAsync("CR-6643");
        Connector.ClearRequests();
        var sweeper = Bot.Services.GetRequiredService<TimerSweeper>();

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 29, 17, 30, 0, TimeSpan.Zero));
        await sweeper.SweepOnceAsync(default);
        clock.Advance(TimeSpan.FromHours(2));
        await sweeper.SweepOnceAsync(default);

        var toDesk = Assert.Single(Texts($"/v3/conversations/{DeskChannel}/activities"));
        Assert.StartsWith("Escalation for CR-6643 (A.B.), stage 1", toDesk);
        Assert.Contains("is due now", toDesk);
        Assert.DoesNotContain("Dana Shah", toDesk);
        Assert.DoesNotContain(ChallengeReason, toDesk);
        var inChannel = Assert.Single(Texts($"/v3/conversations/{SchoolChannel}/activities"));
        Assert.Contains("The bot has nudged them in their agency's desk channel.", inChannel);
        Assert.Contains(EscalationTransitions.StepKey(1, nameof(StageStep.Due)),
            (await Escalations.FindAsync(escalation.CaseRef, escalation.Id, default))!.History.Select(h => h.Key));
    }

    private string[] Texts(string path) => Connector.Requests
        .Where(r => r.Method == "POST" && r.Path == path && (r.Body?["text"]?.ToString() ?? "").StartsWith("Escalation for", StringComparison.Ordinal))
        .Select(r => r.Body!["text"]!.ToString()).ToArray();

    private async Task<Escalation> ChallengeAsync(string caseRef)
    {
        var referral = await ReferAsync(caseRef);
        await AcknowledgeAsync(referral);
        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice);
        Connector.ClearRequests();
        await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.challenge",
            new { caseRef, referralId = referral.Id, reason = ChallengeReason }, FormCardId));
        var challenged = await ReloadAsync(referral);
        var request = new EscalationRequest(caseRef, referral.Id, challenged.Decision!, challenged.Challenge!, challenged.Desk);
        return (await Escalations.FindAsync(caseRef, ChallengeEscalationStarter.IdFor(request), default))!;
    }

    private Task<System.Text.Json.Nodes.JsonObject> RespondAsync(Escalation escalation, string channel, Person by) =>
        Bot.InvokeAsync(Teams.Execute(channel, by, "escalation.respond", new
        {
            caseRef = escalation.CaseRef,
            escalationId = escalation.Id,
            stage = "1",
            outcome = "notAgreed",
            reason = OwnerReason,
        }, escalation.OwnerCopy?.Card.ActivityId ?? "1700000000999"));

    private Testing.Connector.ConnectorRequest[] CardPosts(string caseRef) =>
        Posts().Where(p => p.Method == "POST" && CardText(p.Body).Contains($"Escalation for {caseRef}")).ToArray();
}
