using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class ReviewPromptTests(AzuriteFixture azurite) : EarlyConcernTest(azurite)
{
    [Fact]
    public async Task An_early_concern_is_prompted_for_review_once_on_its_tenth_working_day()
    {
        var channel = TestPeople.Channel("review-due");
        await LinkCaseAsync(channel, "CR-9301", initials: "AB");
        var sequence = await LogEarlyAsync(channel, "CR-9301");
        var logged = (await Chronology.ReadAsync("CR-9301", sequence, default))!;
        var due = Calendar.DeadlineAfter(logged.RecordedAt, 10);
        Assert.Equal(10, Calendar.WorkingDaysBetween(Calendar.LocalDay(logged.RecordedAt), Calendar.LocalDay(due)));
        Connector.ClearRequests();

        Clock.Advance(due - Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await Sweeper.SweepOnceAsync(default);
        Assert.Empty(PostsTitled("Review due for CR-9301"));

        Clock.Advance(TimeSpan.FromMinutes(2));
        var prompts = await WaitForPostsTitledAsync("Review due for CR-9301");
        await Sweeper.SweepOnceAsync(default);

        var prompt = AllText(Assert.Single(prompts).Body);
        Assert.Single(PostsTitled("Review due for CR-9301"));
        Assert.StartsWith("Review due for CR-9301 (A.B.)", prompt[prompt.IndexOf("Review due", StringComparison.Ordinal)..]);
        Assert.Contains($"#{sequence}", prompt);
        Assert.Contains("Physical", prompt);
        Assert.Contains("concern.review", prompt);
        Assert.Contains("concern.new", prompt);
        Assert.All(Secrets.Append(ConcernTest.Seen), s => Assert.DoesNotContain(s, prompt));
        Assert.Contains($"Review prompt for entry {sequence} of case CR-9301 posted", Bot.Logs.AllText);
        Assert.All(Secrets, s => Assert.DoesNotContain(s, Bot.Logs.AllText));
    }

    [Fact]
    public async Task A_concern_that_needs_a_referral_now_gets_no_review_date()
    {
        var channel = TestPeople.Channel("review-none");
        await LinkCaseAsync(channel, "CR-9302");
        await LogEarlyAsync(channel, "CR-9302", null, ("level", "ReferralNow"));
        Connector.ClearRequests();

        Clock.Advance(TimeSpan.FromDays(30));
        await Sweeper.SweepOnceAsync(default);

        Assert.Empty(PostsTitled("Review due"));
    }

    [Fact]
    public async Task Reviewed_no_further_action_lands_in_the_chronology_once()
    {
        var channel = TestPeople.Channel("review-nfa");
        await LinkCaseAsync(channel, "CR-9303");
        var sequence = await LogEarlyAsync(channel, "CR-9303");
        var data = new { caseRef = "CR-9303", sequence = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome = "NoFurtherAction" };

        var first = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "concern.review", data));
        var second = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Nurse, "concern.review", data));

        Assert.Contains($"Review recorded for CR-9303", AllText(first["value"]));
        Assert.Contains("already been reviewed", AllText(second["value"]));
        var review = (await Chronology.ReadAsync("CR-9303", sequence + 1, default))!;
        Assert.Equal(EntryKind.MonitoringCheck, review.Kind);
        Assert.Equal(new ReviewBody(sequence, ReviewOutcome.NoFurtherAction), review.Body);
        Assert.Equal(sequence + 1, await Chronology.LastSequenceAsync("CR-9303", default));
    }

    [Fact]
    public async Task A_review_of_an_entry_that_is_not_an_early_concern_is_refused()
    {
        var channel = TestPeople.Channel("review-bad");
        await LinkCaseAsync(channel, "CR-9304");
        var sequence = await LogEarlyAsync(channel, "CR-9304", null, ("level", "ReferralNow"));

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "concern.review",
            new { caseRef = "CR-9304", sequence = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome = "NoFurtherAction" }));

        Assert.Contains("not an early concern", answer.ToJsonString());
        Assert.Equal(sequence, await Chronology.LastSequenceAsync("CR-9304", default));
    }

    [Fact]
    public async Task Log_a_concern_on_a_prompt_opens_a_fresh_concern_card()
    {
        var channel = TestPeople.Channel("review-log");
        await LinkCaseAsync(channel, "CR-9305");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Nurse, "concern.new", new { caseRef = "CR-9305" }));

        Assert.Contains("concern.submit", AllText(answer["value"]));
    }
}
