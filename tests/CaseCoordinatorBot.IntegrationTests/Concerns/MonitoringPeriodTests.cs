using System.Globalization;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Concerns.Monitoring;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class MonitoringPeriodTests(AzuriteFixture azurite) : EarlyConcernTest(azurite)
{
    private static readonly string Channel = TestPeople.Channel("monitoring");
    private const string Change = "She arrives fed and in clean clothes every day, and mum keeps both health appointments.";

    private MonitoringStore Monitoring => Bot.Services.GetRequiredService<MonitoringStore>();

    private static string DslKey => $"{TestPeople.HostTenant}/{TestPeople.Dsl.AadObjectId}";

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => Calendar.LocalDay(Clock.GetUtcNow());

    private Task<JsonObject> SetAsync(string periodId, string endDate, string change = Change, string? reviewer = null, Person? by = null) =>
        Bot.InvokeAsync(Teams.Execute(Channel, by ?? TestPeople.Dsl, "monitoring.set",
            new { caseRef = "CR-8801", periodId, endDate, whatMustChange = change, reviewer = reviewer ?? DslKey }));

    private Task<JsonObject> ReviewAsync(string periodId, string decision, string reason, string newEnd = "", Person? by = null) =>
        Bot.InvokeAsync(Teams.Execute(Channel, by ?? TestPeople.Dsl, "monitoring.review",
            new { caseRef = "CR-8801", periodId, decision, reason, newEnd }));

    /// <summary>Moves the fake clock to <paramref name="day"/> at <paramref name="hour"/>:05 London time.</summary>
    private void MoveTo(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 5), DateTimeKind.Unspecified);
        var at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Calendar.Zone), TimeSpan.Zero);
        if (at > Clock.GetUtcNow()) Clock.Advance(at - Clock.GetUtcNow());
    }

    /// <summary>Waits (bounded, the clock still) until the prompt round's timer is stored.</summary>
    private async Task NextRoundSetAsync(int round)
    {
        var key = CaseCoordinatorBot.Scheduling.TimerKeys.Index(CaseCoordinatorBot.Concerns.PromptRhythm.TimerId("CR-8801", round));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await Bot.Documents.ReadAsync<JsonObject>(key, default) is null && DateTime.UtcNow < deadline)
            await Task.Delay(20);
    }

    [Fact]
    public async Task A_period_needs_an_end_date_within_the_limit_what_must_change_and_a_reviewer_in_the_case()
    {
        await LinkCaseAsync(Channel, "CR-8801");
        var id = Guid.NewGuid().ToString("N");

        Assert.Contains("may not be open-ended", AllText((await SetAsync(id, ""))["value"]));
        Assert.Contains("must be after today", AllText((await SetAsync(id, Date(Today)))["value"]));
        Assert.Contains("at most 12 weeks", AllText((await SetAsync(id, Date(Today.AddDays(7 * 12 + 1))))["value"]));
        Assert.Contains("what must change", AllText((await SetAsync(id, Date(Today.AddDays(14)), change: " "))["value"]));
        Assert.Contains("Choose who reviews", AllText((await SetAsync(id, Date(Today.AddDays(14)), reviewer: "someone/else"))["value"]));
        Assert.Null(await Monitoring.FindAsync("CR-8801", default));

        var refused = await SetAsync(id, Date(Today.AddDays(14)), by: TestPeople.Nurse);
        Assert.Equal("application/vnd.microsoft.error", (string?)refused["type"]);
        Assert.Contains(await Audit.ReadAsync("CR-8801", default), e => e is { Event: "monitoring.set", Outcome: "refused:no-role" });
    }

    [Fact]
    public async Task While_a_period_runs_the_prompts_are_daily_and_on_its_end_date_the_reviewer_must_choose()
    {
        await LinkCaseAsync(Channel, "CR-8801");
        var end = Calendar.AddWorkingDays(Today, 3);
        var id = Guid.NewGuid().ToString("N");
        var set = await SetAsync(id, Date(end));
        Assert.Contains("is running", AllText(set["value"]));
        // A double click sets one period; a second period while one runs is refused with the running one shown.
        await SetAsync(id, Date(end));
        Assert.Contains("already running", AllText((await SetAsync(Guid.NewGuid().ToString("N"), Date(end)))["value"]));
        var entry = await Chronology.ReadAsync("CR-8801", await Chronology.LastSequenceAsync("CR-8801", default), default);
        Assert.Equal((EntryKind.MonitoringPeriod, 1L), (entry!.Kind, await Chronology.LastSequenceAsync("CR-8801", default)));

        // The next two working days each get an "anything new?" prompt (the usual rhythm is weekly).
        Connector.ClearRequests();
        var first = Calendar.AddWorkingDays(Today, 1);
        MoveTo(first, 9);
        MoveTo(first, 10);
        Assert.Single(await WaitForPostsTitledAsync("Anything new for CR-8801"));
        // The prompt is posted before the next round is set: moving the clock before then would time the handler out.
        await NextRoundSetAsync(2);
        MoveTo(Calendar.AddWorkingDays(first, 1), 10);
        Assert.Equal(2, (await WaitForPostsTitledAsync("Anything new for CR-8801", count: 2)).Count);

        // On the end date the reviewer is asked to decide, with the aim restated.
        MoveTo(end, 10);
        var asked = Assert.Single(await WaitForPostsTitledAsync("has ended: decide now"));
        Assert.Contains(Change, AllText(asked.Body));
        Assert.Contains("monitoring.review", AllText(asked.Body));
    }

    [Fact]
    public async Task The_reviewer_may_extend_once_with_a_reason_then_must_close_or_refer()
    {
        await LinkCaseAsync(Channel, "CR-8801");
        var id = Guid.NewGuid().ToString("N");
        await SetAsync(id, Date(Today.AddDays(14)));

        Assert.Contains("Say why", AllText((await ReviewAsync(id, "extend", "", Date(Today.AddDays(28))))["value"]));
        Assert.Contains("Only the reviewer", AllText(await ReviewAsync(id, "improved", "Fine now.", by: TestPeople.Nurse)));
        Assert.Contains(await Audit.ReadAsync("CR-8801", default), e => e is { Event: "monitoring.review", Outcome: "refused:not-reviewer" });

        var extended = await ReviewAsync(id, "extend", "Breakfast club only started last week.", Date(Today.AddDays(28)));
        Assert.Contains("Extended once: Breakfast club only started last week.", AllText(extended["value"]));
        Assert.Equal((1, Today.AddDays(28)), ((await Monitoring.FindAsync("CR-8801", default))!.Extensions, (await Monitoring.FindAsync("CR-8801", default))!.End));

        Assert.Contains("extended once already", AllText((await ReviewAsync(id, "extend", "Still not sure.", Date(Today.AddDays(35))))["value"]));

        var closed = await ReviewAsync(id, "improved", "Fed and clean every day for four weeks; both appointments kept.");
        Assert.Contains("Improved, closed: Fed and clean", AllText(closed["value"]));
        Assert.Equal(MonitoringStatus.Closed, (await Monitoring.FindAsync("CR-8801", default))!.Status);
        var steps = (await Chronology.ReadManyAsync("CR-8801", [1, 2, 3], default)).Select(e => ((MonitoringPeriodBody)e!.Body).Step);
        Assert.Equal(["set", "extended", "closed"], steps);

        // Closed: a new period may be set.
        Assert.Contains("is running", AllText((await SetAsync(Guid.NewGuid().ToString("N"), Date(Today.AddDays(7))))["value"]));
    }

    [Fact]
    public async Task Refer_closes_the_period_and_brings_back_the_referral_form()
    {
        await LinkCaseAsync(Channel, "CR-8801");
        Connector.SetRoster(TestPeople.Channel("mon-desk"), [TestPeople.SocialWorker.Member()]);
        await Bot.InvokeAsync(Teams.Execute(TestPeople.Channel("mon-desk"), TestPeople.SocialWorker, "channel.linkDesk",
            new { deskKind = "CscFrontDoor", deskName = "Northfield front door" }));
        var id = Guid.NewGuid().ToString("N");
        await SetAsync(id, Date(Today.AddDays(14)));

        var form = await ReviewAsync(id, "refer", "Came in hungry again three days this week.");
        Assert.Contains("referral.submit", AllText(form["value"]));
        Assert.Contains("closed for referral", AllText(form["value"]));
        Assert.Equal(MonitoringStatus.Referred, (await Monitoring.FindAsync("CR-8801", default))!.Status);
    }
}
