using System.Text.RegularExpressions;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.MyWork;

/// <summary>One person in several cases with several kinds of work: a referral as CSC in one, their own early concern's review in another.</summary>
public sealed partial class MyWorkAcrossCasesTests(AzuriteFixture azurite) : MyWorkTest(azurite)
{
    private static readonly string OtherCase = TestPeople.Channel("mywork-other-case");

    private async Task LogEarlyConcernAsync(string channel, string caseRef, Person by)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, by, "concern"))) { }
        var draft = DraftId().Match(Assert.Single(Posts()).Body!.ToJsonString()).Groups[1].Value;
        var logged = await Bot.InvokeAsync(Teams.Execute(channel, by, "concern.submit", new Dictionary<string, object?>
        {
            ["caseRef"] = caseRef, ["draftId"] = draft, ["seen"] = "Came to the home visit hungry and in yesterday's clothes.",
            ["childsWords"] = "", ["seenOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["seenAt"] = "16:00",
            ["where"] = "Home visit", ["noticedBy"] = "Social worker", ["actionTaken"] = "Noted and told the manager.",
            ["othersKnow"] = "", ["cscAware"] = "Yes", ["cscHow"] = "I am CSC", ["category"] = "Neglect", ["level"] = "Early",
            ["share"] = "family", ["shareReason"] = "",
        }));
        Assert.Contains("Concern logged", logged.ToJsonString());
    }

    [Fact]
    public async Task Items_from_two_cases_and_two_roles_come_most_urgent_first_and_a_review_done_from_the_list_leaves_it()
    {
        await ReferWithCscWorkerAsync("CR-8301");
        await LinkCaseAsync(OtherCase, "CR-8302", initials: "CD");
        await Bot.InvokeAsync(Teams.Execute(OtherCase, TestPeople.Dsl, "case.grantRole",
            new { caseRef = "CR-8302", member = TestPeople.SocialWorker.AadObjectId, role = "SocialWorker" }));
        await LogEarlyConcernAsync(OtherCase, "CR-8302", TestPeople.SocialWorker);

        var home = await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8301 (A.B.)") && c.Contains("CR-8302 (C.D.)"));
        var text = home.ToJsonString();
        Assert.Contains("Your work: 2 items", text);
        // The referral's acknowledgement is due first (1 working day); the review comes later (working days after).
        Assert.True(text.IndexOf("CR-8301 (A.B.)", StringComparison.Ordinal) < text.IndexOf("CR-8302 (C.D.)", StringComparison.Ordinal), text);
        Assert.Contains("Review your early concern, entry #1", text);
        // The DSL who leads both cases raised nothing and is no CSC worker: nothing of this is theirs.
        Assert.Contains("Your work: nothing waiting", (await MyWorkAsync(TestPeople.Dsl)).ToJsonString());

        var review = OpenButtons(home).Single(b => (string)b["source"]! == "review");
        var card = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "mywork.open", review));
        Assert.Contains("concern.review", CardText(card["value"]));
        var recorded = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "concern.review",
            new { caseRef = "CR-8302", sequence = "1", outcome = "NoFurtherAction" }));
        Assert.Contains("Review recorded for CR-8302", CardText(recorded["value"]));

        var after = await MyWorkWhenAsync(TestPeople.SocialWorker, c => !c.Contains("CR-8302 (C.D.)"));
        Assert.Contains("Your work: 1 item", after.ToJsonString());
        Assert.Contains("CR-8301 (A.B.)", after.ToJsonString());
    }

    [Fact]
    public async Task The_reviewer_of_a_monitoring_period_decides_it_from_the_card_their_list_opens()
    {
        await LinkCaseAsync(OtherCase, "CR-8303", initials: "EF");
        await Bot.InvokeAsync(Teams.Execute(OtherCase, TestPeople.Dsl, "case.grantRole",
            new { caseRef = "CR-8303", member = TestPeople.SocialWorker.AadObjectId, role = "SocialWorker" }));
        var periodId = Guid.NewGuid().ToString("N");
        var set = await Bot.InvokeAsync(Teams.Execute(OtherCase, TestPeople.Dsl, "monitoring.set", new
        {
            caseRef = "CR-8303", periodId, endDate = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd"),
            whatMustChange = "Attendance above 90% and breakfast every day.",
            reviewer = $"{TestPeople.HostTenant}/{TestPeople.SocialWorker.AadObjectId}",
        }));
        Assert.DoesNotContain("error", (string)set["type"]!);

        var home = await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8303 (E.F.)"));
        Assert.Contains("Monitoring period ends: decide what happens next", home.ToJsonString());
        var card = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "mywork.open", Assert.Single(OpenButtons(home))));
        Assert.Contains("monitoring.review", CardText(card["value"]));

        var decided = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "monitoring.review",
            new { caseRef = "CR-8303", periodId, decision = "refer", reason = "No breakfast on four days of five.", newEnd = "" }));
        Assert.Contains("type \\u0027refer\\u0027 there", CardText(decided["value"]));
        Assert.Contains("Your work: nothing waiting",
            (await MyWorkWhenAsync(TestPeople.SocialWorker, c => !c.Contains("CR-8303 (E.F.)"))).ToJsonString());
    }

    [GeneratedRegex("\"?draftId\"?\\s*\\n?\"?:?\"?([0-9a-f]{32})")]
    private static partial Regex DraftId();
}
