using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Plans;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Plans;

/// <summary>A case whose DSL leads it, with a social worker and a school nurse (health), and the plan's verbs.</summary>
public abstract class PlanTest(AzuriteFixture azurite) : BotTest(azurite)
{
    protected static readonly string Channel = TestPeople.Channel("plan-case");

    protected PlanStore Plans => Bot.Services.GetRequiredService<PlanStore>();
    protected AuditLog Audit => Bot.Services.GetRequiredService<AuditLog>();

    protected static string Key(Person p) => $"{TestPeople.HostTenant}/{p.AadObjectId}";

    /// <summary>The DSL leads the case; the social worker and the school nurse hold roles.</summary>
    protected async Task SetUpAsync(string caseRef)
    {
        await LinkCaseAsync(Channel, caseRef);
        await Bot.InvokeAsync(Teams.Execute(Channel, TestPeople.Dsl, "case.grantRole", new { caseRef, member = TestPeople.SocialWorker.AadObjectId, role = "SocialWorker" }));
        await Bot.InvokeAsync(Teams.Execute(Channel, TestPeople.Dsl, "case.grantRole", new { caseRef, member = TestPeople.Nurse.AadObjectId, role = "OtherAgency", agency = "Health" }));
    }

    protected Task<JsonObject> AddAsync(string caseRef, Person owner, string due, Person? by = null, string what = "Health review of weight and growth",
        string outcome = "Her weight is back on her centile", string? draftId = null) =>
        Bot.InvokeAsync(Teams.Execute(Channel, by ?? TestPeople.SocialWorker, "plan.add", new
        {
            caseRef, what, outcome, owner = Key(owner), due, draftId = draftId ?? Guid.NewGuid().ToString("N"),
        }));

    protected Task<JsonObject> UpdateAsync(string caseRef, int number, string status, Person by, string note = "") =>
        Bot.InvokeAsync(Teams.Execute(Channel, by, "plan.update", new { caseRef, number = number.ToString(), status, note }));
}

/// <summary>The child's plan through the real bot, on a clock the test moves (Monday 7 December 2026, 10:00).</summary>
public sealed class PlanTests(AzuriteFixture azurite) : PlanTest(azurite)
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
    }

    [Fact]
    public async Task An_action_is_added_by_the_social_worker_seen_by_every_agency_and_recorded_in_the_chronology()
    {
        await SetUpAsync("CR-9501");

        var added = await AddAsync("CR-9501", TestPeople.Nurse, "2026-12-18");

        Assert.Contains("Action #1 added", CardText(added["value"]));
        var action = Assert.Single((await Plans.FindAsync("CR-9501", default)).Actions);
        Assert.Equal((Key(TestPeople.Nurse), Agency.Health, new DateOnly(2026, 12, 18), PlanActionStatus.NotStarted),
            (action.OwnerKey, action.OwnerAgency, action.Due, action.Status));
        var entry = await Bot.Services.GetRequiredService<ChronologyStore>().LatestAsync("CR-9501", 1, default);
        Assert.Equal(EntryKind.Plan, Assert.Single(entry).Kind);

        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(Channel, TestPeople.Nurse, "plan"))) { }
        var shown = CardText(Assert.Single(Posts()).Body);
        Assert.Contains("#1 Health review of weight and growth", shown);
        Assert.Contains("Tom Reid (Health)", shown);
        Assert.Contains("due in 9 working days", shown);
    }

    [Fact]
    public async Task An_open_action_waits_in_its_owner_s_list_of_work_and_leaves_it_when_done()
    {
        await SetUpAsync("CR-9508");
        await AddAsync("CR-9508", TestPeople.Nurse, "2026-12-18");

        async Task<string> MyWorkAsync(Func<string, bool> until)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                Connector.ClearRequests();
                using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Nurse, "my work"))) { }
                var text = CardText(Assert.Single(Posts()).Body);
                if (until(text) || DateTime.UtcNow > deadline) return text;
                await Task.Delay(50);
            }
        }

        var listed = await MyWorkAsync(t => t.Contains("Plan action #1"));
        Assert.Contains("CR-9508 (A.B.)", listed);
        Assert.Contains("Plan action #1: update it, or mark it done", listed);
        Assert.DoesNotContain("Health review", listed);

        await UpdateAsync("CR-9508", 1, "Done", TestPeople.Nurse, "Seen on the 10th");
        Assert.DoesNotContain("Plan action #1", await MyWorkAsync(t => !t.Contains("Plan action #1")));
    }

    [Theory]
    [InlineData("", "Her weight", "2026-12-18", "Say what will be done")]
    [InlineData("Review", "", "2026-12-18", "Say which outcome")]
    [InlineData("Review", "Her weight", "2026-12-07", "The due date must be after today")]
    [InlineData("Review", "Her weight", "2026-02-30", "Choose the date")]
    [InlineData("Review", "Her weight", "2028-12-18", "within 52 weeks")]
    public async Task Bad_input_is_refused_on_the_card_and_nothing_is_added(string what, string outcome, string due, string message)
    {
        await SetUpAsync("CR-9502");

        var answer = await AddAsync("CR-9502", TestPeople.Nurse, due, what: what, outcome: outcome);

        Assert.Contains(message, CardText(answer["value"]));
        Assert.Empty((await Plans.FindAsync("CR-9502", default)).Actions);
    }

    [Fact]
    public async Task An_owner_outside_the_case_a_person_who_may_not_add_and_a_double_click_are_each_handled()
    {
        await SetUpAsync("CR-9503");

        Assert.Contains("Choose who owns the action", CardText((await AddAsync("CR-9503", TestPeople.Outsider, "2026-12-18"))["value"]));
        Assert.Contains("Only the case lead, the conference chair", CardText((await AddAsync("CR-9503", TestPeople.Nurse, "2026-12-18", by: TestPeople.Nurse))["value"]));
        Assert.Contains(await Audit.ReadAsync("CR-9503", default), e => (e.Event, e.Outcome) == ("plan.add", "refused:may-not-add"));

        var draft = Guid.NewGuid().ToString("N");
        await AddAsync("CR-9503", TestPeople.Nurse, "2026-12-18", draftId: draft);
        await AddAsync("CR-9503", TestPeople.Nurse, "2026-12-18", draftId: draft);
        Assert.Single((await Plans.FindAsync("CR-9503", default)).Actions);
    }

    [Fact]
    public async Task Only_the_owner_or_a_lead_updates_an_action_blocked_needs_a_reason_and_a_crafted_update_for_another_case_is_refused()
    {
        await SetUpAsync("CR-9504");
        await AddAsync("CR-9504", TestPeople.Nurse, "2026-12-18");

        Assert.Contains("Only the action\\u0027s owner", CardText((await UpdateAsync("CR-9504", 1, "Done", TestPeople.SocialWorker))["value"]));
        Assert.Contains("Say what blocks the action", CardText((await UpdateAsync("CR-9504", 1, "Blocked", TestPeople.Nurse))["value"]));
        Assert.Contains("in progress", CardText((await UpdateAsync("CR-9504", 1, "InProgress", TestPeople.Nurse, "Booked for the 14th"))["value"]));
        Assert.Equal(PlanActionStatus.InProgress, (await Plans.FindAsync("CR-9504", default)).Actions[0].Status);

        await LinkCaseAsync(TestPeople.Channel("plan-other"), "CR-9505");
        var crafted = await UpdateAsync("CR-9505", 1, "Done", TestPeople.Nurse);
        Assert.Contains("different case", CardText(crafted["value"]));
        Assert.Contains(await Audit.ReadAsync("CR-9505", default), e => (e.Event, e.Outcome) == ("plan.update", "refused:wrong-conversation"));
    }

    [Fact]
    public async Task An_overdue_action_nudges_its_owner_after_its_due_day_and_reminds_once_two_working_days_later_but_a_done_one_never()
    {
        await SetUpAsync("CR-9507");
        await AddAsync("CR-9507", TestPeople.Nurse, "2026-12-10");
        await AddAsync("CR-9507", TestPeople.SocialWorker, "2026-12-10", what: "Weekly home visit");
        await UpdateAsync("CR-9507", 2, "Done", TestPeople.SocialWorker, "Visited on the 9th");
        Connector.ClearRequests();
        var sweeper = Bot.Services.GetRequiredService<TimerSweeper>();

        string[] Nudges() => [.. Posts().Where(p => p.Method == "POST").Select(p => p.Body?["text"]?.ToString() ?? "").Where(t => t.Contains("plan action #"))];
        async Task<string[]> AtAsync(DateTimeOffset at, int expected)
        {
            clock.Advance(at - clock.GetUtcNow());
            await sweeper.SweepOnceAsync(default);
            var deadline = DateTime.UtcNow.AddSeconds(expected > Nudges().Length ? 10 : 0.3);
            while (Nudges().Length < expected && DateTime.UtcNow < deadline) await Task.Delay(20);
            await sweeper.SweepOnceAsync(default);
            return Nudges();
        }

        Assert.Empty(await AtAsync(new DateTimeOffset(2026, 12, 10, 16, 55, 0, TimeSpan.Zero), 0));
        var first = Assert.Single(await AtAsync(new DateTimeOffset(2026, 12, 10, 17, 5, 0, TimeSpan.Zero), 1));
        Assert.Contains("CR-9507 (A.B.): plan action #1 is overdue", first);
        Assert.Contains("Tom Reid (Health)", first);
        Assert.DoesNotContain("weight", first);
        // Two working days after Thursday 10 December is Monday 14th, close of business.
        Assert.Single(await AtAsync(new DateTimeOffset(2026, 12, 14, 16, 55, 0, TimeSpan.Zero), 1));
        var both = await AtAsync(new DateTimeOffset(2026, 12, 14, 17, 5, 0, TimeSpan.Zero), 2);
        Assert.Contains("reminder: plan action #1 is still overdue", both[1]);
        Assert.Equal(2, (await AtAsync(new DateTimeOffset(2026, 12, 21, 17, 5, 0, TimeSpan.Zero), 3)).Length);
    }
}

/// <summary>On the real clock: storage's conflict back-off waits on it.</summary>
public sealed class PlanConcurrencyTests(AzuriteFixture azurite) : PlanTest(azurite)
{
    [Fact]
    public async Task Two_owners_updating_their_own_actions_at_the_same_moment_both_keep_their_update()
    {
        await SetUpAsync("CR-9506");
        await AddAsync("CR-9506", TestPeople.Nurse, DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"));
        await AddAsync("CR-9506", TestPeople.SocialWorker, DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"), what: "Weekly home visit");

        for (var round = 0; round < 5; round++)
        {
            var status = round % 2 == 0 ? "InProgress" : "NotStarted";
            await Task.WhenAll(UpdateAsync("CR-9506", 1, status, TestPeople.Nurse, $"round {round}"),
                UpdateAsync("CR-9506", 2, status, TestPeople.SocialWorker, $"round {round}"));
            var actions = (await Plans.FindAsync("CR-9506", default)).Actions;
            Assert.All(actions, a => Assert.Equal($"round {round}", a.Note));
        }
    }
}
