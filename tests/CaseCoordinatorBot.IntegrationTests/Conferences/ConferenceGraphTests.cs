using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Graph;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.FakeGraph;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Conferences;

/// <summary>A fake Graph server on loopback for the class: every request and answer is checked against ../shared/reference.</summary>
public sealed class FakeGraphFixture : IAsyncLifetime
{
    public FakeGraphServer Graph { get; private set; } = null!;

    public async Task InitializeAsync() => Graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await Graph.DisposeAsync();
}

/// <summary>
/// The conference flow through the bot's real Microsoft Graph calendar (Microsoft.Graph 6.10) against the fake Graph
/// server: the requests the SDK makes and the answers the fake gives all match the published Graph schema.
/// </summary>
public sealed class ConferenceGraphTests(AzuriteFixture azurite, FakeGraphFixture fixture) : ConferenceTest(azurite), IClassFixture<FakeGraphFixture>
{
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 29, 0, 0, 0, TimeSpan.Zero);

    private FakeGraphServer Graph => fixture.Graph;

    protected override void UseCalendar(IServiceCollection services)
    {
        services.PostConfigure<GraphOptions>(o => o.BaseUrl = fixture.Graph.BaseUrl);
        services.AddSingleton(new GraphAuthentication(new FixedTokenCredential(), fixture.Graph.BaseUrl));
    }

    [Fact]
    public async Task A_strategy_discussion_is_booked_in_Graph_once_and_a_declined_invitation_warns_the_chair()
    {
        var referral = await SetUpReferredCaseAsync("CR-7201");
        await AcknowledgeAsync(referral);
        Graph.SetSchedule(Mailbox(TestPeople.SocialWorker), new FakeScheduleItem(Clock.GetUtcNow(), Tuesday.AddHours(12)));
        await DecideAsync(await ReloadAsync(referral), "StrategyDiscussion", Reason, Advice);
        var id = ConferenceIdOf(PostedCards("Meeting for CR-7201").Single());

        var offered = (await ActAsync("CR-7201", id, TestPeople.SocialWorker, FindSlots.Verb))["value"];
        Assert.Equal(["20261229T1200Z", "20261229T1230Z", "20261229T1300Z"], SlotKeys(offered));

        // A double click: the slot claim and the transaction id make one event.
        await WithClockRunningAsync(Task.WhenAll(
            ActAsync("CR-7201", id, Chair, PickSlot.Verb, new { slot = "20261229T1200Z" }),
            ActAsync("CR-7201", id, Chair, PickSlot.Verb, new { slot = "20261229T1200Z" })));
        var booked = (await ActAsync("CR-7201", id, Chair, PickSlot.Verb, new { slot = "20261229T1200Z" }))["value"];
        var meeting = Assert.Single(Graph.Events);
        Assert.StartsWith("conf-", meeting.TransactionId);
        Assert.True((bool)meeting.Json["isOnlineMeeting"]!);
        Assert.Equal("teamsForBusiness", (string?)meeting.Json["onlineMeetingProvider"]);
        Assert.Equal("Strategy discussion: case CR-7201 (A.B.)", (string?)meeting.Json["subject"]);
        Assert.Contains((string)meeting.Json["onlineMeeting"]!["joinUrl"]!, CardText(booked));

        Graph.SetResponse(meeting.Id, Mailbox(TestPeople.SocialWorker), "declined");
        Connector.ClearRequests();
        Clock.Advance(Tuesday.AddHours(9).AddMinutes(1) - Clock.GetUtcNow());
        await Sweeper.SweepOnceAsync(default);
        var warning = await WaitForCardAsync("Meeting at risk for CR-7201");
        Assert.NotNull(warning);
        Assert.Contains("Children's social care has declined the meeting.", CardText(warning));

        Assert.Empty(Graph.SchemaViolations);
        Assert.Contains(Graph.Requests, r => r.Method == "POST" && r.Path.EndsWith("/calendar/getSchedule", StringComparison.Ordinal));
        Assert.Contains(Graph.Requests, r => r.Method == "GET" && r.Path.Contains("/events/", StringComparison.Ordinal));
    }
}
