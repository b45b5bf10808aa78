using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Conferences;

/// <summary>The contribution card before a conference, and what happens to what is flagged professionals only.</summary>
public sealed class ContributionTests(AzuriteFixture azurite) : ConferenceTest(azurite)
{
    private const string ForFamily = "Attendance has dropped to 71% this term and he often arrives hungry.";
    private const string ForChairOnly = "He has twice copied sexual acts on another child in the playground; we have not said so in front of his mother.";

    private ContributionStore Contributions => Bot.Services.GetRequiredService<ContributionStore>();

    [Fact]
    public async Task The_contribution_card_comes_before_the_sharing_deadline_and_professionals_only_items_stay_with_professionals()
    {
        await SetUpReferredCaseAsync("CR-7121");
        // Booked for Wednesday 13 January 2027: due for sharing on Monday 11th, asked for on Wednesday 6th.
        Calendar.SetBusy(Mailbox(TestPeople.SocialWorker), Busy(Clock.GetUtcNow(), new DateTimeOffset(2027, 1, 13, 12, 0, 0, TimeSpan.Zero)));
        var id = ConferenceIdOf(await RequestAsync("icpc"));
        var offered = (await ActAsync("CR-7121", id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        Assert.Equal("20270113T1200Z", SlotKeys(offered)[0]);
        await ActAsync("CR-7121", id, TestPeople.SocialWorker, PickSlot.Verb, new { slot = SlotKeys(offered)[0] });

        Connector.ClearRequests();
        Clock.Advance(new DateTimeOffset(2027, 1, 6, 9, 1, 0, TimeSpan.Zero) - Clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        var card = await WaitForCardAsync("Contribution for CR-7121");
        Assert.NotNull(card);
        Assert.Contains("Please send it by 11 Jan 2027, 17:00", CardText(card));
        Assert.Contains("Is there anything you know that you have not yet shared? Why?", CardText(card));

        var noScale = await ActAsync("CR-7121", id, TestPeople.Dsl, SubmitContribution.Verb, new { worried = ForFamily, worriedShare = "family" });
        Assert.Contains("safety scale", ErrorMessage(noScale));

        var answer = CardText((await ActAsync("CR-7121", id, TestPeople.Dsl, SubmitContribution.Verb, new
        {
            worried = ForFamily, worriedShare = "family",
            notYetShared = ForChairOnly, notYetSharedShare = "professionals",
            scale = "4",
        }))["value"]);
        Assert.Contains("Received from Dana Shah for School or nursery", answer);
        Assert.DoesNotContain(ForChairOnly, answer);
        Assert.DoesNotContain(ForFamily, answer);

        var stored = await Contributions.ListAsync("CR-7121", id, default);
        Assert.Equal(4, Assert.Single(stored).SafetyScale);
        Assert.DoesNotContain(ForChairOnly, string.Join("\n", ContributionViews.ForFamily(stored)));
        Assert.Contains(ForFamily, string.Join("\n", ContributionViews.ForFamily(stored)));
        Assert.Contains(ForChairOnly, string.Join("\n", ContributionViews.ProfessionalsOnly(stored)));

        var entry = (await MeetingEntriesAsync("CR-7121")).Single(e => e.Step == "contribution received");
        Assert.DoesNotContain(ForChairOnly, entry.Detail);
        Assert.Contains("1 for professionals only", entry.Detail);

        // On the morning contributions are due for sharing, the channel is told who has not sent theirs.
        Connector.ClearRequests();
        Clock.Advance(new DateTimeOffset(2027, 1, 11, 9, 1, 0, TimeSpan.Zero) - Clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        var nudge = await WaitForTextAsync("Reminder for CR-7121 (A.B.): contributions");
        Assert.NotNull(nudge);
        Assert.Contains("Still missing: Children's social care.", nudge);
        Assert.DoesNotContain("School or nursery", nudge);

        // The working day before the meeting, the chair is briefed in a personal chat, and only there.
        Connector.ClearRequests();
        Clock.Advance(new DateTimeOffset(2027, 1, 12, 9, 1, 0, TimeSpan.Zero) - Clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        var briefing = await WaitForBriefingAsync();
        Assert.NotNull(briefing);
        Assert.Equal(Chair.Id, (string?)briefing["members"]![0]!["id"]);
        var briefingText = CardText(briefing["activity"]);
        Assert.Contains("Chair's briefing for CR-7121", briefingText);
        Assert.Contains(ForChairOnly, briefingText);
        Assert.Contains("No contribution yet from: Children's social care", briefingText);
        Assert.DoesNotContain(Posts(), p => p.Path != "/v3/conversations" && CardText(p.Body).Contains(ForChairOnly, StringComparison.Ordinal));
    }

    private async Task<string?> WaitForTextAsync(string startsWith)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (Posts().Select(p => p.Body?["text"]?.ToString() ?? "").LastOrDefault(t => t.StartsWith(startsWith, StringComparison.Ordinal)) is { } text)
                return text;
            await Task.Delay(20);
        }
        return null;
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> WaitForBriefingAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (Posts().LastOrDefault(p => p.Path == "/v3/conversations" && CardText(p.Body).Contains("Chair's briefing", StringComparison.Ordinal)) is { } found)
                return found.Body;
            await Task.Delay(20);
        }
        return null;
    }

    [Fact]
    public async Task An_item_sent_without_a_sharing_flag_is_kept_for_professionals()
    {
        await SetUpReferredCaseAsync("CR-7122");
        var id = ConferenceIdOf(await RequestAsync("icpc"));
        await ActAsync("CR-7122", id, TestPeople.Dsl, SubmitContribution.Verb, new { notYetShared = ForChairOnly, scale = "3" });
        var stored = await Contributions.ListAsync("CR-7122", id, default);
        Assert.False(Assert.Single(Assert.Single(stored).Items).MayShareWithFamily);
    }
}
