using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class LogConcernTests(AzuriteFixture azurite, ITestOutputHelper output) : ConcernTest(azurite)
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    // The storage counts below are the turn's own. The living case summary is redrawn after the turn, in the
    // background, at a moment these counts cannot pin down; its cost is measured in the summary's own tests.
    // No background redraws of the case's views: the counts below are the turn's own.
    protected override void ConfigureBotServices(IServiceCollection services)
    {
        services.RemoveAll<IChronologyObserver>();
        services.RemoveAll<ICaseView>();
    }

    [Fact]
    public async Task A_concern_is_logged_from_the_card_and_replaces_it_for_everyone_in_the_channel()
    {
        var channel = TestPeople.Channel("concern-e2e");
        await LinkCaseAsync(channel, "CR-9001", initials: "AB");
        var draftId = await StartConcernAsync(channel);
        Connector.ClearRequests();

        var answer = await SubmitAsync(channel, Concern("CR-9001", draftId));

        Assert.Equal(AdaptiveCard, (string)answer["type"]!);
        var card = AllText(answer["value"]);
        Assert.Contains("Concern logged for CR-9001 (A.B.)", card);
        Assert.Contains("Entry 1 of the case chronology", card);
        Assert.DoesNotContain(Seen, card);
        var entry = (await Chronology.ReadAsync("CR-9001", 1, default))!;
        var body = Assert.IsType<ConcernBody>(entry.Body);
        Assert.Equal((Seen, ChildsWords, ConcernCategory.Physical), (body.Seen, body.ChildsWords, entry.Category));
        Assert.Equal(($"{TestPeople.HostTenant}/{TestPeople.Dsl.AadObjectId}", CaseCoordinatorBot.Cases.Agency.School), (entry.Author.UserKey, entry.Author.Agency));
        Assert.Contains(Posts(), p => p.Method == "PUT" && AllText(p.Body).Contains("Concern logged for CR-9001"));
    }

    [Fact]
    public async Task A_double_click_stores_the_concern_once_and_says_so()
    {
        var channel = TestPeople.Channel("double");
        await LinkCaseAsync(channel, "CR-9002");
        var draftId = await StartConcernAsync(channel);

        var answers = await Task.WhenAll(SubmitAsync(channel, Concern("CR-9002", draftId)), SubmitAsync(channel, Concern("CR-9002", draftId)));
        var third = await SubmitAsync(channel, Concern("CR-9002", draftId));

        Assert.All(answers.Append(third), a => Assert.Contains("Entry 1 of the case chronology", AllText(a["value"])));
        Assert.Contains("already logged", AllText(third["value"]));
        Assert.Equal(1, await Chronology.LastSequenceAsync("CR-9002", default));
    }

    [Fact]
    public async Task Two_people_filling_the_same_card_each_get_their_own_entry()
    {
        var channel = TestPeople.Channel("same-card");
        await LinkCaseAsync(channel, "CR-9003");
        var draftId = await StartConcernAsync(channel);

        await SubmitAsync(channel, Concern("CR-9003", draftId));
        var nurse = await SubmitAsync(channel, Concern("CR-9003", draftId, ("seen", "Came in without a coat in the rain, third day running.")), TestPeople.Nurse);

        Assert.Contains("Entry 2 of the case chronology", AllText(nurse["value"]));
    }

    [Theory]
    [InlineData("seen", "", "Say what was seen or heard.")]
    [InlineData("actionTaken", "  ", "Say what was done at once (even if nothing was).")]
    [InlineData("category", "", "Choose a category.")]
    [InlineData("seenOn", "2099-01-01", "The date and time are in the future.")]
    [InlineData("seenOn", "", "Give the date it was seen or heard.")]
    [InlineData("cscAware", "Yes", "Say how you know children's social care is aware")]
    public async Task Bad_input_is_shown_on_the_card_with_what_was_typed_and_nothing_is_stored(string field, string value, string message)
    {
        var channel = TestPeople.Channel("bad-input");
        await LinkCaseAsync(channel, "CR-9004");
        var draftId = await StartConcernAsync(channel);

        var answer = await SubmitAsync(channel, Concern("CR-9004", draftId, (field, value)));

        Assert.Equal(AdaptiveCard, (string)answer["type"]!);
        var card = AllText(answer["value"]);
        Assert.Contains(message, card);
        Assert.Contains(ChildsWords, card);
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-9004", default));
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_with_the_limit()
    {
        var channel = TestPeople.Channel("too-long");
        await LinkCaseAsync(channel, "CR-9005");
        var draftId = await StartConcernAsync(channel);

        var answer = await SubmitAsync(channel, Concern("CR-9005", draftId, ("childsWords", new string('a', 2001))));

        Assert.Contains("The child's words is 2,001 characters; the limit is 2,000.", AllText(answer["value"]));
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-9005", default));
    }

    [Fact]
    public async Task Jargon_is_flagged_and_the_user_may_submit_as_written()
    {
        var channel = TestPeople.Channel("jargon");
        await LinkCaseAsync(channel, "CR-9006");
        var draftId = await StartConcernAsync(channel);
        var vague = Concern("CR-9006", draftId, ("seen", "Amelia disclosed that her stepdad was inappropriate at the weekend."));

        var flagged = AllText((await SubmitAsync(channel, vague))["value"]);
        Assert.Contains("\"disclosed\"", flagged);
        Assert.Contains("\"inappropriate\"", flagged);
        Assert.Contains("Submit as written", flagged);
        Assert.Contains("Amelia disclosed that her stepdad", flagged);
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-9006", default));

        vague["acceptFlags"] = true;
        Assert.Contains("Entry 1", AllText((await SubmitAsync(channel, vague))["value"]));
        var body = (ConcernBody)(await Chronology.ReadAsync("CR-9006", 1, default))!.Body;
        Assert.Equal(["inappropriate", "disclosed"], body.AcceptedFlags);
    }

    [Fact]
    public async Task A_crafted_submit_for_another_case_is_refused_and_audited_in_that_case()
    {
        await LinkCaseAsync(TestPeople.Channel("ours"), "CR-9007");
        await LinkCaseAsync(TestPeople.Channel("other"), "CR-9008");

        var answer = await SubmitAsync(TestPeople.Channel("ours"), Concern("CR-9008", Guid.NewGuid().ToString("N")));

        Assert.Equal("application/vnd.microsoft.error", (string)answer["type"]!);
        Assert.Contains("refused and recorded", (string)answer["value"]!["message"]!);
        Assert.Contains(await Audit.ReadAsync("CR-9008", default), e => (e.Event, e.Outcome) == ("concern.submit", "refused:wrong-conversation"));
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-9008", default));
    }

    [Fact]
    public async Task Someone_outside_the_case_cannot_log_a_concern_and_the_attempt_is_audited()
    {
        var channel = TestPeople.Channel("outside");
        await LinkCaseAsync(channel, "CR-9009");

        var answer = await SubmitAsync(channel, Concern("CR-9009", Guid.NewGuid().ToString("N")), TestPeople.Outsider);

        Assert.Contains("not a member", (string)answer["value"]!["message"]!);
        Assert.Contains(await Audit.ReadAsync("CR-9009", default), e => (e.Event, e.Outcome) == ("concern.submit", "refused:not-a-member"));
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-9009", default));
    }

    [Fact]
    public async Task A_card_without_a_draft_id_records_nothing()
    {
        var channel = TestPeople.Channel("no-draft");
        await LinkCaseAsync(channel, "CR-9010");

        var answer = await SubmitAsync(channel, Concern("CR-9010", "not-a-draft"));

        Assert.Contains("out of date", (string)answer["value"]!["message"]!);
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-9010", default));
    }

    [Fact]
    public async Task Logging_a_concern_costs_six_storage_requests_of_which_three_are_the_chronology()
    {
        var channel = TestPeople.Channel("cost");
        await LinkCaseAsync(channel, "CR-9011");
        await SubmitAsync(channel, Concern("CR-9011", Guid.NewGuid().ToString("N"), ("level", "ReferralNow")));

        var before = Bot.StorageRequests.Total;
        await SubmitAsync(channel, Concern("CR-9011", Guid.NewGuid().ToString("N"), ("level", "ReferralNow")));
        var total = Bot.StorageRequests.Total - before;

        // 1 activity dedup marker + 1 access-check read (the case file; the channel link, immutable, is
        // cached) + 3 chronology (read head, create entry If-None-Match, replace head If-Match) + 1 read of the
        // case's referral index (none here), which says whether CSC must be told of the concern.
        output.WriteLine($"storage requests for one concern: {total} (chronology {total - 3})");
        Assert.Equal(6, total);
    }

    [Fact]
    public async Task An_early_concern_costs_six_more_for_its_review_timer_the_pattern_index_and_the_stalled_work_index()
    {
        var channel = TestPeople.Channel("cost-early");
        await LinkCaseAsync(channel, "CR-9012");
        await SubmitAsync(channel, Concern("CR-9012", Guid.NewGuid().ToString("N")));

        var before = Bot.StorageRequests.Total;
        await SubmitAsync(channel, Concern("CR-9012", Guid.NewGuid().ToString("N")));
        var total = Bot.StorageRequests.Total - before;

        // The six of any concern, + 2 for the review timer (index, pending timer) + 2 for the early-concern
        // index that the pattern check reads (read, replace If-Match) + 2 for the case's open-items index that the
        // desks' weekly stalled-work digest reads (read, replace If-Match). The chronology's share stays three.
        output.WriteLine($"storage requests for one early concern: {total}");
        Assert.Equal(12, total);
    }

    [Fact]
    public async Task Concern_outside_a_case_channel_says_where_to_use_it_and_posts_no_card()
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "concern"))) { }

        var reply = AllText(Assert.Single(Posts()).Body);
        Assert.Contains("use 'concern' in the case's channel", reply);
        Assert.DoesNotContain("concern.submit", reply);
    }

    [Fact]
    public async Task A_crafted_page_number_far_past_the_end_shows_an_empty_page()
    {
        var channel = TestPeople.Channel("far-page");
        await LinkCaseAsync(channel, "CR-9012");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "chronology.page",
            new { caseRef = "CR-9012", page = int.MaxValue, agency = "School", category = "all" }));

        Assert.Contains("No entries match these filters.", AllText(answer["value"]));
    }
}
