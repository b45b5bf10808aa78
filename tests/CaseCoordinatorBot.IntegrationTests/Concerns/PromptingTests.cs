using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

/// <summary>The weekly "anything new?" prompt in each case channel, on a clock the test moves.</summary>
public sealed class PromptingTests(AzuriteFixture azurite) : EarlyConcernTest(azurite)
{
    private const string Title = "Anything new for";

    /// <summary>Moves the clock a day at a time, sweeping, until <paramref name="count"/> prompts have been posted (at most 60 days).</summary>
    private async Task<IReadOnlyList<string>> AdvanceUntilPromptsAsync(int count)
    {
        for (var day = 0; day < 60 && PostsTitled(Title).Count < count; day++)
        {
            Clock.Advance(TimeSpan.FromDays(1));
            // Sweep on the day itself: waiting for the bot's own sweep loop let a prompt slip to a later day,
            // which moved the next prompts and made the silent-agency window depend on timing.
            await Sweeper.SweepOnceAsync(default);
            await WaitForPostsTitledAsync(Title, count, TimeSpan.FromMilliseconds(100));
        }
        await WaitForPostsTitledAsync(Title, count);
        return PostsTitled(Title).Select(p => AllText(p.Body)).ToArray();
    }

    [Fact]
    public async Task The_first_prompt_comes_five_working_days_after_linking_at_half_past_nine_and_asks_each_lead()
    {
        var channel = TestPeople.Channel("prompt-first");
        await LinkCaseAsync(channel, "CR-9501", initials: "AB");
        var due = Calendar.AddWorkingDays(Calendar.LocalDay(Clock.GetUtcNow()), 5);
        var dueAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(due.ToDateTime(new TimeOnly(9, 30)), Calendar.Zone), TimeSpan.Zero);

        Clock.Advance(dueAt - Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await Sweeper.SweepOnceAsync(default);
        Assert.Empty(PostsTitled(Title));

        Clock.Advance(TimeSpan.FromMinutes(2));
        var prompt = AllText(Assert.Single(await WaitForPostsTitledAsync(Title)).Body);

        Assert.Contains("Anything new for CR-9501 (A.B.)?", prompt);
        Assert.Contains("Dana Shah (School or nursery)", prompt);
        Assert.Contains("concern.nothingNew", prompt);
        Assert.Contains("concern.new", prompt);
        Assert.DoesNotContain("Not heard from", prompt);
    }

    [Fact]
    public async Task Nothing_new_is_recorded_as_a_monitoring_check_by_the_agency_once_per_prompt()
    {
        var channel = TestPeople.Channel("prompt-nothing");
        await LinkCaseAsync(channel, "CR-9502");
        await AdvanceUntilPromptsAsync(1);
        var data = new { caseRef = "CR-9502", round = "1" };

        var first = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "concern.nothingNew", data));
        var again = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "concern.nothingNew", data));

        Assert.Contains("nothing new from School or nursery", AllText(first["value"]));
        Assert.Contains("already answered", AllText(again["value"]));
        var entry = (await Chronology.ReadAsync("CR-9502", 1, default))!;
        Assert.Equal((EntryKind.MonitoringCheck, Agency.School), (entry.Kind, entry.Author.Agency));
        Assert.IsType<MonitoringCheckBody>(entry.Body);
        Assert.Equal(1, await Chronology.LastSequenceAsync("CR-9502", default));
    }

    [Fact]
    public async Task An_agency_silent_for_two_prompts_is_shown_as_silent_on_the_third()
    {
        var channel = TestPeople.Channel("prompt-silent");
        await LinkCaseAsync(channel, "CR-9503");

        var prompts = await AdvanceUntilPromptsAsync(3);

        Assert.True(prompts.Count >= 3, "three prompts were posted");
        Assert.DoesNotContain("Not heard from", prompts[1]);
        Assert.Contains("Not heard from across the last prompts: School or nursery.", prompts[2]);
    }

    [Fact]
    public async Task An_agency_that_answered_is_not_shown_as_silent()
    {
        var channel = TestPeople.Channel("prompt-heard");
        await LinkCaseAsync(channel, "CR-9504");
        await AdvanceUntilPromptsAsync(1);
        await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "concern.nothingNew", new { caseRef = "CR-9504", round = "1" }));

        var prompts = await AdvanceUntilPromptsAsync(3);

        Assert.DoesNotContain("Not heard from", prompts[2]);
    }
}
