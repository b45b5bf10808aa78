using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>
/// With no desk linked for the owner's agency, the owner's copy of the escalation card goes to the personal chat of
/// the case member holding the owner's role: redrawn with the case channel's card, answered there, nudged there
/// (once, even when the timer is retried), and a fresh copy for the next stage's owner.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class EscalationOwnerCopyTests(AzuriteFixture azurite) : EscalationTest(azurite)
{
    // Stage 1 raised on Wed 23 Dec 2026 is due at close of business on Tue 29 Dec (25 and 28 Dec are bank holidays).
    private static readonly DateTimeOffset DueDay = new(2026, 12, 29, 17, 30, 0, TimeSpan.Zero);

    private TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        // The test sweeps by hand (see EscalationScenarioTests).
        services.PostConfigure<SchedulingOptions>(o => o.SweepInterval = TimeSpan.FromDays(45));
    }

    [Fact]
    public async Task Raising_sends_the_stage_owner_a_copy_in_a_personal_chat_and_the_answer_there_redraws_both_cards()
    {
        await SetUpCaseAsync("CR-6650");
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(CaseChannel, TestPeople.Dsl, "escalate"))) { }
        var id = (string)Posts()[^1].Body!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["escalationId"]!;
        await Bot.InvokeAsync(Teams.Execute(CaseChannel, TestPeople.Dsl, "escalation.raise",
            new { caseRef = "CR-6650", escalationId = id, about = "Decision", description = Description }, CardId));

        var escalation = (await Escalations.FindAsync("CR-6650", id, default))!;
        var copy = Assert.IsType<EscalationOwnerCopy>(escalation.OwnerCopy);
        Assert.Equal((1, OwnerPlace.PersonalChat), (copy.Stage, copy.Place));
        var opened = Assert.Single(Connector.Requests, r => r.Method == "POST" && r.Path == "/v3/conversations");
        Assert.Equal(TestPeople.SocialWorker.Id, (string?)opened.Body!["members"]![0]!["id"]); // the stage 1 owner
        var posted = Assert.Single(Posts(), r => r.Method == "POST" && r.Path.Contains(copy.Card.ConversationId, StringComparison.Ordinal));
        Assert.Equal("Escalation for CR-6650 (A.B.)", (string?)posted.Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        Assert.DoesNotContain(Description, Bot.Logs.AllText);
        Connector.ClearRequests();

        var answer = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "escalation.respond", new
        {
            caseRef = "CR-6650", escalationId = id, stage = "1", outcome = "notAgreed", reason = OwnerReason,
        }, copy.Card.ActivityId));

        Assert.Contains(OwnerReason, CardText(answer["value"]));
        Assert.Equal(EscalationStatus.AwaitingRaiser, (await ReloadAsync(escalation)).Status);
        Assert.Contains(Connector.Requests, r => r.Method == "PUT" && r.Path.Contains(CaseChannel, StringComparison.Ordinal)
            && r.Path.EndsWith($"/activities/{CardId}", StringComparison.Ordinal)
            && CardText(r.Body).Contains(OwnerReason));
        Assert.Contains(Connector.Requests, r => r.Method == "PUT" && r.Path.EndsWith($"{copy.Card.ConversationId}/activities/{copy.Card.ActivityId}", StringComparison.Ordinal)
            && CardText(r.Body).Contains(OwnerReason));
    }

    [Fact]
    public async Task A_crafted_answer_from_the_personal_chat_of_someone_without_a_role_is_refused_and_audited()
    {
        await SetUpCaseAsync("CR-6651");
        var escalation = await RaiseAsync("CR-6651");

        var refused = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.Outsider, "escalation.respond", new
        {
            caseRef = "CR-6651", escalationId = escalation.Id, stage = "1", outcome = "agreed", reason = OwnerReason,
        }));

        Assert.Contains("recorded", ErrorMessage(refused));
        Assert.Contains("refused:not-a-member-personal", (await Audit.ReadAsync("CR-6651", default)).Select(a => a.Outcome));
        Assert.Equal(EscalationStatus.AwaitingOwner, (await ReloadAsync(escalation)).Status);
    }

    [Fact]
    public async Task The_due_nudge_goes_beside_the_owners_copy_once_even_when_the_timer_is_retried_after_a_throttled_channel_line()
    {
        await SetUpCaseAsync("CR-6652");
        var escalation = await RaiseAsync("CR-6652");
        var copy = (await ReloadAsync(escalation)).OwnerCopy!;
        Connector.AddFault(ConnectorFault.TooManyRequests(TimeSpan.FromMinutes(10)), times: 1, method: "POST", pathContains: CaseChannel);

        Clock.SetUtcNow(DueDay);
        Assert.Equal(1, (await Sweeper.SweepOnceAsync(default)).Retried); // the owner was nudged, the channel's line refused
        Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, (await Sweeper.SweepOnceAsync(default)).Fired);
        Clock.Advance(TimeSpan.FromHours(2));
        await Sweeper.SweepOnceAsync(default);

        var toOwner = Texts(r => r.Path.Contains(copy.Card.ConversationId, StringComparison.Ordinal));
        var inChannel = Texts(r => r.Path.Contains(CaseChannel, StringComparison.Ordinal));
        var nudge = Assert.Single(toOwner);
        Assert.StartsWith("Escalation for CR-6652 (A.B.), stage 1", nudge);
        Assert.Contains("is due now", nudge);
        Assert.DoesNotContain("Dana Shah", nudge);
        Assert.DoesNotContain(Description, nudge);
        Assert.Equal(2, inChannel.Length); // the refused line, then the one that landed
        Assert.All(inChannel, t => Assert.Contains("The bot has nudged them in a personal chat.", t));
    }

    [Fact]
    public async Task Moving_to_the_next_stage_sends_the_new_owner_a_fresh_copy_and_redraws_the_old_one()
    {
        await SetUpCaseAsync("CR-6653");
        var escalation = await RaiseAsync("CR-6653");
        var first = (await ReloadAsync(escalation)).OwnerCopy!;
        await ActAsync(escalation, TestPeople.SocialWorker, "escalation.respond", new { outcome = "notAgreed", reason = OwnerReason });
        Connector.ClearRequests();

        var answer = await ActAsync(escalation, TestPeople.Dsl, "escalation.next", new { nextReason = "" });

        Assert.Contains("Stage 2 of 4", CardText(answer["value"]));
        var second = (await ReloadAsync(escalation)).OwnerCopy!;
        Assert.Equal((2, OwnerPlace.PersonalChat), (second.Stage, second.Place));
        Assert.NotEqual(first.Card.ConversationId, second.Card.ConversationId);
        var opened = Assert.Single(Connector.Requests, r => r.Method == "POST" && r.Path == "/v3/conversations");
        Assert.Equal(TeamManager.Id, (string?)opened.Body!["members"]![0]!["id"]); // the stage 2 owner
        Assert.Single(Posts(), r => r.Method == "POST" && r.Path.Contains(second.Card.ConversationId, StringComparison.Ordinal)
            && CardText(r.Body).Contains("Stage 2 of 4"));
        Assert.Contains(Posts(), r => r.Method == "PUT" && r.Path.EndsWith($"{first.Card.ConversationId}/activities/{first.Card.ActivityId}", StringComparison.Ordinal)
            && CardText(r.Body).Contains("Stage 2 of 4"));
    }

    private string[] Texts(Func<ConnectorRequest, bool> where) => Connector.Requests
        .Where(r => r.Method == "POST" && where(r) && (r.Body?["text"]?.ToString() ?? "").StartsWith("Escalation for", StringComparison.Ordinal))
        .Select(r => r.Body!["text"]!.ToString()).ToArray();
}
