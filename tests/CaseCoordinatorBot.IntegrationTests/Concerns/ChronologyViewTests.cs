using System.Text.Json;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Xunit.Abstractions;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class ChronologyViewTests(AzuriteFixture azurite, ITestOutputHelper output) : ConcernTest(azurite)
{
    private async Task<string> CommandAsync(string channel, Person by, string command)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, by, command))) { }
        return AllText(Assert.Single(Posts()).Body);
    }

    private async Task GrantAsync(string channel, string caseRef, Person member, string role) =>
        await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "case.grantRole", new { caseRef, member = member.AadObjectId, role }));

    [Fact]
    public async Task A_social_worker_in_the_case_sees_the_school_concern_in_the_chronology()
    {
        var channel = TestPeople.Channel("shared-view");
        await LinkCaseAsync(channel, "CR-9101");
        await GrantAsync(channel, "CR-9101", TestPeople.SocialWorker, "SocialWorker");
        await SubmitAsync(channel, Concern("CR-9101", await StartConcernAsync(channel),
            ("share", "professionals"), ("shareReason", "Telling the stepfather could put the child at risk")));

        var card = await CommandAsync(channel, TestPeople.SocialWorker, "chronology");

        Assert.Contains("Chronology of CR-9101 (A.B.)", card);
        Assert.Contains(Seen, card);
        Assert.Contains($"“{ChildsWords}”", card);
        Assert.Contains("Recorded by Dana Shah (School or nursery)", card);
        Assert.Contains("Professionals only: Telling the stepfather could put the child at risk", card);
        Assert.Contains("Entries 1 to 1 of 1, newest first.", card);
    }

    [Fact]
    public async Task Filters_by_agency_and_category_go_through_the_access_check_and_show_only_matching_entries()
    {
        var channel = TestPeople.Channel("filters");
        await LinkCaseAsync(channel, "CR-9102");
        await GrantAsync(channel, "CR-9102", TestPeople.Nurse, "OtherAgency");
        await SubmitAsync(channel, Concern("CR-9102", await StartConcernAsync(channel)));
        await SubmitAsync(channel, Concern("CR-9102", await StartConcernAsync(channel, TestPeople.Nurse),
            ("seen", "Came in without a coat in the rain, third day running."), ("category", "Neglect")), TestPeople.Nurse);

        async Task<string> PageAsync(Person by, string agency, string category) => AllText((await Bot.InvokeAsync(
            Teams.Execute(channel, by, "chronology.page", new { caseRef = "CR-9102", page = 0, agency, category })))["value"]);

        var neglect = await PageAsync(TestPeople.Dsl, "all", "Neglect");
        Assert.Contains("without a coat", neglect);
        Assert.DoesNotContain(Seen, neglect);
        var school = await PageAsync(TestPeople.Dsl, "School", "all");
        Assert.Contains(Seen, school);
        Assert.DoesNotContain("without a coat", school);
        Assert.Contains("No entries match these filters.", await PageAsync(TestPeople.Dsl, "Police", "all"));

        var refused = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Outsider, "chronology.page", new { caseRef = "CR-9102", page = 0 }));
        Assert.Equal("application/vnd.microsoft.error", (string)refused["type"]!);
        Assert.Contains(await Audit.ReadAsync("CR-9102", default), e => (e.Event, e.Outcome) == ("chronology.page", "refused:not-a-member"));
    }

    [Fact]
    public async Task Someone_outside_the_case_cannot_see_the_chronology_and_the_attempt_is_audited()
    {
        var channel = TestPeople.Channel("private");
        await LinkCaseAsync(channel, "CR-9103");
        await SubmitAsync(channel, Concern("CR-9103", await StartConcernAsync(channel)));

        var card = await CommandAsync(channel, TestPeople.Outsider, "chronology");

        Assert.Contains("not a member", card);
        Assert.DoesNotContain(Seen, card);
        Assert.DoesNotContain(ChildsWords, card);
        Assert.Contains(await Audit.ReadAsync("CR-9103", default), e => (e.Event, e.Outcome) == ("chronology.show", "refused:not-a-member"));
    }

    [Fact]
    public async Task A_crafted_page_request_for_another_case_is_refused_and_audited()
    {
        await LinkCaseAsync(TestPeople.Channel("page-mine"), "CR-9104");
        await LinkCaseAsync(TestPeople.Channel("page-theirs"), "CR-9105");

        var answer = await Bot.InvokeAsync(Teams.Execute(TestPeople.Channel("page-mine"), TestPeople.Dsl, "chronology.page", new { caseRef = "CR-9105", page = 0 }));

        Assert.Equal("application/vnd.microsoft.error", (string)answer["type"]!);
        Assert.Contains(await Audit.ReadAsync("CR-9105", default), e => (e.Event, e.Outcome) == ("chronology.page", "refused:wrong-conversation"));
    }

    [Fact]
    public async Task Pages_of_long_entries_stay_well_under_24_KB_and_page_back_to_the_first_entry()
    {
        var channel = TestPeople.Channel("long");
        await LinkCaseAsync(channel, "CR-9106");
        var author = new EntryAuthor($"{TestPeople.HostTenant}/{TestPeople.Dsl.AadObjectId}", "Dana Shah", Agency.School);
        // Worst case for size: every text at its limit, and characters the wire escapes (quotes, accents, <, &).
        var longText = string.Concat(Enumerable.Repeat("Zoë said \"<stop> & don't\" — ", 200))[..4000];
        await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Chronology.AppendAsync("CR-9106", new NewChronologyEntry(
            EntryKind.Concern, DateTimeOffset.UtcNow.AddDays(-i), author, ConcernCategory.Emotional,
            FamilyVisibility.ProfessionalsOnly(longText[..500]), null, $"long-{i}",
            new ConcernBody(longText, longText[..2000], longText[..200], longText[..200], longText[..2000], longText[..500],
                CscAwareness.Yes, longText[..500], ConcernLevel.Early, [])), default)));

        var sizes = new List<int>();
        var seen = new List<string>();
        for (var page = 0; page < 3; page++)
        {
            var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "chronology.page", new { caseRef = "CR-9106", page }));
            sizes.Add(JsonSerializer.SerializeToUtf8Bytes(answer["value"], BotJson.Options).Length);
            seen.Add(AllText(answer["value"]));
        }

        output.WriteLine($"page sizes: {string.Join(", ", sizes)} bytes");
        Assert.All(sizes, size => Assert.InRange(size, 1, 24 * 1024));
        Assert.Contains("#12 · Concern", seen[0]);
        Assert.Contains("Older", seen[0]);
        Assert.Contains("#1 · Concern", seen[2]);
        Assert.DoesNotContain("Older", seen[2]);
        Assert.Contains("shortened on this page", seen[0]);
    }

    [Fact]
    public async Task Verify_reports_an_intact_chain_and_then_the_entry_changed_behind_the_bot()
    {
        var channel = TestPeople.Channel("verify");
        await LinkCaseAsync(channel, "CR-9107");
        for (var i = 0; i < 3; i++) await SubmitAsync(channel, Concern("CR-9107", await StartConcernAsync(channel)));

        Assert.Contains("All 3 entries are in order", await CommandAsync(channel, TestPeople.Nurse, "verify"));

        var blob = new Azure.Storage.Blobs.BlobServiceClient(Azurite.Server.ConnectionString)
            .GetBlobContainerClient(Bot.Container).GetBlobClient(ChronologyStore.EntryKey("CR-9107", 2));
        var text = (await blob.DownloadContentAsync()).Value.Content.ToString();
        await blob.UploadAsync(BinaryData.FromString(text.Replace("4 cm", "1 cm", StringComparison.Ordinal)), overwrite: true);

        var broken = await CommandAsync(channel, TestPeople.Nurse, "verify");
        Assert.Contains("The chronology of CR-9107 is broken at entry 2", broken);
        Assert.Contains(await Audit.ReadAsync("CR-9107", default), e => (e.Event, e.Outcome) == ("chronology.verify", "broken:2"));
    }
}
