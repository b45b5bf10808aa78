using System.Text.Json.Nodes;
using CaseCoordinatorBot.Conferences;

namespace CaseCoordinatorBot.Tests.Graph;

public sealed class GraphMeetingTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 14, 0, 0, TimeSpan.FromHours(0));

    internal static MeetingRequest Request(string transactionId = "conf-CP-0042-1") => new(
        GraphCalendarHarness.Organiser,
        transactionId,
        "Initial child protection conference: CP-0042 (A.B.)",
        "Case CP-0042. Please join on Teams.",
        Start,
        Start.AddMinutes(90),
        [
            new MeetingInvitee("sw@la.example", "Social Worker", Required: true),
            new MeetingInvitee("dsl@school.example", "School DSL", Required: true),
            new MeetingInvitee("gp@surgery.example", "GP", Required: false),
        ]);

    [Fact]
    public async Task Create_sends_a_teams_meeting_with_its_transaction_id_and_returns_the_join_link()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();

        var created = await harness.Calendar.CreateMeetingAsync(Request(), CancellationToken.None);

        var stored = Assert.Single(harness.Fake.Events);
        Assert.Equal(stored.Id, created.EventId);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", created.JoinUrl, StringComparison.Ordinal);
        Assert.StartsWith("https://outlook.office365.com/owa/", created.WebLink, StringComparison.Ordinal);

        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal(("POST", "/users/conferences@la.example/events"), (request.Method, request.Path));
        var body = Assert.IsType<JsonObject>(request.Body);
        Assert.True((bool)body["isOnlineMeeting"]!);
        Assert.Equal("teamsForBusiness", (string?)body["onlineMeetingProvider"]);
        Assert.Equal("conf-CP-0042-1", (string?)body["transactionId"]);
        Assert.False((bool)body["allowNewTimeProposals"]!);
        Assert.Equal("text", (string?)body["body"]!["contentType"]);
        Assert.Equal("Case CP-0042. Please join on Teams.", (string?)body["body"]!["content"]);
        Assert.Equal("2026-12-08T14:00:00", (string?)body["start"]!["dateTime"]);
        Assert.Equal("UTC", (string?)body["start"]!["timeZone"]);
        Assert.Equal("2026-12-08T15:30:00", (string?)body["end"]!["dateTime"]);
        Assert.Equal(
            [("sw@la.example", "required"), ("dsl@school.example", "required"), ("gp@surgery.example", "optional")],
            body["attendees"]!.AsArray().Select(a => ((string)a!["emailAddress"]!["address"]!, (string)a["type"]!)));
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task Creating_twice_with_the_same_transaction_id_makes_one_meeting()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();

        var first = await harness.Calendar.CreateMeetingAsync(Request(), CancellationToken.None);
        var second = await harness.Calendar.CreateMeetingAsync(Request(), CancellationToken.None);
        var other = await harness.Calendar.CreateMeetingAsync(Request("conf-CP-0042-2"), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.NotEqual(first.EventId, other.EventId);
        Assert.Equal(2, harness.Fake.Events.Count);
        Assert.Equal(3, harness.Fake.Requests.Count);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task Replies_read_back_as_accepted_declined_tentative_and_not_yet_answered()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        var created = await harness.Calendar.CreateMeetingAsync(Request(), CancellationToken.None);
        var repliedAt = new DateTimeOffset(2026, 12, 2, 10, 15, 0, TimeSpan.Zero);
        harness.Fake.SetResponse(created.EventId, "sw@la.example", "accepted", repliedAt);
        harness.Fake.SetResponse(created.EventId, "dsl@school.example", "declined", repliedAt.AddHours(1));
        harness.Fake.SetResponse(created.EventId, "gp@surgery.example", "tentativelyAccepted", repliedAt.AddHours(2));

        var state = await harness.Calendar.GetMeetingAsync(GraphCalendarHarness.Organiser, created.EventId, CancellationToken.None);

        Assert.Equal(created.EventId, state.EventId);
        Assert.False(state.IsCancelled);
        Assert.Equal(
            [
                new InviteeReply("sw@la.example", MeetingResponse.Accepted, repliedAt),
                new InviteeReply("dsl@school.example", MeetingResponse.Declined, repliedAt.AddHours(1)),
                new InviteeReply("gp@surgery.example", MeetingResponse.TentativelyAccepted, repliedAt.AddHours(2)),
            ],
            state.Replies);
        var get = harness.Fake.Requests[^1];
        Assert.Equal("GET", get.Method);
        Assert.Equal($"/users/conferences@la.example/events/{created.EventId}", get.Path);
        Assert.Equal(["attendees", "isCancelled"], get.Query["$select"].Split(','));
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task A_new_meeting_reads_back_with_no_replies_yet()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        var created = await harness.Calendar.CreateMeetingAsync(Request(), CancellationToken.None);

        var state = await harness.Calendar.GetMeetingAsync(GraphCalendarHarness.Organiser, created.EventId, CancellationToken.None);

        Assert.All(state.Replies, reply => Assert.Equal(MeetingResponse.None, reply.Response));
        Assert.Equal(3, state.Replies.Count);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task Cancel_sends_the_comment_and_the_meeting_then_reads_back_cancelled()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        var created = await harness.Calendar.CreateMeetingAsync(Request(), CancellationToken.None);

        await harness.Calendar.CancelMeetingAsync(GraphCalendarHarness.Organiser, created.EventId,
            "Conference moved: the family's solicitor cannot attend.", CancellationToken.None);
        var state = await harness.Calendar.GetMeetingAsync(GraphCalendarHarness.Organiser, created.EventId, CancellationToken.None);

        var cancel = harness.Fake.Requests.Single(r => r.Path.EndsWith("/cancel", StringComparison.Ordinal));
        Assert.Equal("POST", cancel.Method);
        Assert.Equal("Conference moved: the family's solicitor cannot attend.", (string?)cancel.Body!["Comment"]);
        Assert.Equal("Conference moved: the family's solicitor cannot attend.", Assert.Single(harness.Fake.Events).CancelComment);
        Assert.True(state.IsCancelled);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task An_unknown_meeting_is_a_permanent_failure_with_its_status()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();

        var failure = await Assert.ThrowsAsync<MeetingCalendarException>(() =>
            harness.Calendar.GetMeetingAsync(GraphCalendarHarness.Organiser, "AAMk-no-such-event=", CancellationToken.None));

        Assert.Equal(404, failure.StatusCode);
        Assert.False(failure.IsTransient);
        Assert.Single(harness.Fake.Requests);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task Logs_carry_event_ids_but_never_subjects_bodies_or_addresses()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        harness.Fake.SetScheduleError("police.officer@other-tenant.example");
        var created = await harness.Calendar.CreateMeetingAsync(Request(), CancellationToken.None);
        await harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser, ["police.officer@other-tenant.example"],
            Start, Start.AddHours(1), CancellationToken.None);
        await Assert.ThrowsAsync<MeetingCalendarException>(() =>
            harness.Calendar.GetMeetingAsync("someone.else@la.example", created.EventId, CancellationToken.None));

        var messages = harness.Logs.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains(messages, m => m.Contains(created.EventId, StringComparison.Ordinal));
        // The request paths carry the organiser's mailbox, so HttpClient's own request logs would too.
        Assert.DoesNotContain(messages, m => m.Contains("A.B.", StringComparison.Ordinal) || m.Contains("Please join", StringComparison.Ordinal)
            || m.Contains("la.example", StringComparison.OrdinalIgnoreCase) || m.Contains("other-tenant", StringComparison.OrdinalIgnoreCase));
    }
}
