using System.Net;
using CaseCoordinatorBot.Summary;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

public sealed class CaseSummaryTests(AzuriteFixture azurite) : ConcernTest(azurite)
{
    private static readonly string Channel = TestPeople.Channel("summary");

    private SummaryCardStore Cards => Bot.Services.GetRequiredService<SummaryCardStore>();

    private async Task<SummaryCardRef> PostSummaryAsync()
    {
        await LinkCaseAsync(Channel, "CR-7101", initials: "AB");
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(Channel, TestPeople.Dsl, "summary"))) { }
        var thread = Assert.Single(Posts(), p => p.Path == "/v3/conversations");
        var card = thread.Body!["activity"]!["attachments"]![0]!["content"]!;
        Assert.Equal("Case summary CR-7101 (A.B.)", (string)card["body"]![0]!["text"]!);
        Assert.Contains("No referral has been made through the bot.", AllText(card));
        Assert.Contains("Dana Shah", AllText(card));
        return (await Cards.FindAsync("CR-7101", default))!;
    }

    private async Task<ConnectorRequest> WaitForPutAsync(string activityId, string containing)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (Connector.Requests.FirstOrDefault(r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + activityId, StringComparison.Ordinal)
                    && AllText(r.Body).Contains(containing, StringComparison.Ordinal)) is { } put)
                return put;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"no redraw of the summary containing '{containing}'");
    }

    [Fact]
    public async Task The_living_summary_is_redrawn_in_place_when_a_concern_is_logged_with_its_headline_only()
    {
        var posted = await PostSummaryAsync();
        Assert.StartsWith(Channel + ";messageid=", posted.ConversationId);

        var draft = await StartConcernAsync(Channel);
        Connector.ClearRequests();
        await SubmitAsync(Channel, Concern("CR-7101", draft));

        var put = await WaitForPutAsync(posted.ActivityId, "#1 · Concern · Physical");
        Assert.Equal($"/v3/conversations/{posted.ConversationId}/activities/{posted.ActivityId}", put.Path);
        Assert.DoesNotContain("forearm", AllText(put.Body));
        Assert.DoesNotContain("Steve", AllText(put.Body));
    }

    [Fact]
    public async Task A_summary_deleted_in_Teams_is_posted_again_on_the_next_change()
    {
        var first = await PostSummaryAsync();
        var draft = await StartConcernAsync(Channel);
        Connector.ClearRequests();
        // The concern card is a message of its own thread, so its shared update does not meet the fault.
        Connector.AddFault(ConnectorFault.Status(HttpStatusCode.NotFound), times: 1, method: "PUT", pathContains: "/activities/" + first.ActivityId);
        await Bot.InvokeAsync(Teams.Execute(Channel, TestPeople.Dsl, "concern.submit", Concern("CR-7101", draft), cardMessageId: "1690000000001"));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        SummaryCardRef? now = first;
        while (DateTime.UtcNow < deadline && (now = await Cards.FindAsync("CR-7101", default))!.ActivityId == first.ActivityId)
            await Task.Delay(50);
        Assert.NotEqual(first.ActivityId, now!.ActivityId);
        var thread = Assert.Single(Posts(), p => p.Path == "/v3/conversations");
        Assert.Contains("#1 · Concern · Physical", AllText(thread.Body));
    }

    [Fact]
    public async Task Someone_outside_the_case_gets_no_summary_and_the_attempt_is_audited()
    {
        await LinkCaseAsync(Channel, "CR-7101", initials: "AB");
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(Channel, TestPeople.Outsider, "summary"))) { }
        Assert.DoesNotContain(Posts(), p => p.Path == "/v3/conversations");
        Assert.Null(await Cards.FindAsync("CR-7101", default));
        Assert.Contains(await Audit.ReadAsync("CR-7101", default), e => e is { Event: "summary.show", Outcome: "refused:not-a-member" });
    }
}
