using System.Text.Json.Nodes;
using CaseCoordinatorBot.IntegrationTests.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

/// <summary>"A referral is not the end": new concerns on a case CSC holds are announced to CSC, without their text.</summary>
public sealed class CscNoticeTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private const string ConcernSeen = "Came to school in the same clothes for the fourth day and ate two breakfasts quickly.";

    private Task<JsonObject> LogConcernAsync(string caseRef, Person? by = null) =>
        Bot.InvokeAsync(Teams.Execute(SchoolChannel, by ?? TestPeople.Dsl, "concern.submit", new Dictionary<string, object?>
        {
            ["caseRef"] = caseRef,
            ["draftId"] = Guid.NewGuid().ToString("N"),
            ["seen"] = ConcernSeen,
            ["childsWords"] = "",
            ["seenOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
            ["seenAt"] = "08:40",
            ["where"] = "Breakfast club",
            ["noticedBy"] = "Breakfast club supervisor",
            ["actionTaken"] = "Told the safeguarding lead at 09:00.",
            ["othersKnow"] = "",
            ["cscAware"] = "NotSure",
            ["cscHow"] = "",
            ["category"] = "Neglect",
            ["level"] = "Early",
            ["share"] = "family",
            ["shareReason"] = "",
        }));

    private IReadOnlyList<ConnectorRequest> Notices() =>
        Posts().Where(p => p.Method == "POST" && (p.Body?["text"]?.ToString() ?? "").StartsWith("New concern for", StringComparison.Ordinal)).ToArray();

    [Fact]
    public async Task A_concern_on_a_case_with_an_open_referral_is_announced_in_the_referrals_desk_thread()
    {
        var referral = await ReferAsync("CR-9601");

        await LogConcernAsync("CR-9601", TestPeople.Nurse);

        var notice = Assert.Single(Notices());
        Assert.Contains(Uri.EscapeDataString(referral.Cards.DeskConversationId), notice.RawTarget, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("/activities/" + referral.Cards.DeskActivityId, notice.Path);
        var text = notice.Body!["text"]!.ToString();
        Assert.StartsWith("New concern for CR-9601 (A.B.): entry #", text);
        Assert.Contains("Neglect", text);
        Assert.DoesNotContain("breakfast", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ConcernSeen, Bot.Logs.AllText);
    }

    [Fact]
    public async Task Once_decided_with_no_social_worker_named_a_concern_is_not_announced()
    {
        var referral = await ReferAsync("CR-9602");
        await AcknowledgeAsync(referral);
        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice);
        Connector.ClearRequests();

        await LogConcernAsync("CR-9602");

        Assert.Empty(Notices());
    }

    [Fact]
    public async Task With_a_social_worker_and_no_open_referral_the_notice_goes_to_the_case_channel_for_them()
    {
        await LinkChannelsAsync("CR-9603");
        var granted = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "case.grantRole",
            new { caseRef = "CR-9603", member = TestPeople.SocialWorker.AadObjectId, role = "SocialWorker" }));
        Assert.Contains("Sam Okafor", CardText(granted));
        Connector.ClearRequests();

        await LogConcernAsync("CR-9603");

        var text = Assert.Single(Notices()).Body!["text"]!.ToString();
        Assert.Contains("For the social worker (Sam Okafor)", text);
        Assert.DoesNotContain("breakfast", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_case_children_s_social_care_does_not_hold_gets_no_notice()
    {
        await LinkChannelsAsync("CR-9604");

        await LogConcernAsync("CR-9604");

        Assert.Empty(Notices());
    }
}
