using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Testing.FakeGraph;

namespace CaseCoordinatorBot.Tests.Graph;

/// <summary>Throttling and outages: the SDK's retry handler, bounded by Graph options, honouring Retry-After.</summary>
public sealed class GraphRetryTests
{
    private static readonly DateTimeOffset Monday9 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_its_retry_after_and_then_succeeds()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        harness.Fake.AddFault(GraphFault.TooManyRequests(TimeSpan.FromSeconds(1)));

        var result = await harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser, ["sw@la.example"],
            Monday9, Monday9.AddHours(1), CancellationToken.None);

        Assert.True(Assert.Single(result).Known);
        var requests = harness.Fake.Requests;
        Assert.Equal(2, requests.Count);
        // The two stamps are the system clock's, while the wait runs on the monotonic timer, which may fire a
        // millisecond or so ahead of the wall clock: a retry sent before the Retry-After would be hundreds of ms early.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(20),
            $"The retry came {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms after the 429.");
        Assert.Equal("1", requests[1].RetryAttempt);
        Assert.Equal(requests[0].Body!.ToJsonString(), requests[1].Body!.ToJsonString());
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task A_throttled_create_is_retried_and_makes_one_meeting()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        harness.Fake.AddFault(GraphFault.TooManyRequests(TimeSpan.Zero), method: "POST", pathContains: "/events");

        var created = await harness.Calendar.CreateMeetingAsync(GraphMeetingTests.Request(), CancellationToken.None);

        Assert.Equal(2, harness.Fake.Requests.Count);
        Assert.Equal(created.EventId, Assert.Single(harness.Fake.Events).Id);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_retried_and_its_transaction_id_keeps_it_to_one_meeting()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        // Graph made the event, but the caller saw a 503: the SDK sends the same POST again.
        harness.Fake.AddFault(GraphFault.ServiceUnavailableAfterWork(TimeSpan.Zero), method: "POST", pathContains: "/events");

        var created = await harness.Calendar.CreateMeetingAsync(GraphMeetingTests.Request(), CancellationToken.None);

        var requests = harness.Fake.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("conf-CP-0042-1", (string?)r.Body!["transactionId"]));
        Assert.Equal(created.EventId, Assert.Single(harness.Fake.Events).Id);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task A_create_that_timed_out_and_is_tried_again_by_the_caller_makes_one_meeting()
    {
        // The timeout also bounds the second create, which must succeed on a busy machine: long enough for that,
        // far shorter than the slow answer.
        await using var harness = await GraphCalendarHarness.StartAsync(timeout: TimeSpan.FromSeconds(1.5));
        harness.Fake.AddFault(GraphFault.Slow(TimeSpan.FromSeconds(30)), method: "POST", pathContains: "/events");

        var timedOut = await Assert.ThrowsAsync<MeetingCalendarException>(() =>
            harness.Calendar.CreateMeetingAsync(GraphMeetingTests.Request(), CancellationToken.None));
        var created = await harness.Calendar.CreateMeetingAsync(GraphMeetingTests.Request(), CancellationToken.None);

        Assert.True(timedOut.IsTransient);
        Assert.Null(timedOut.StatusCode);
        Assert.Equal(created.EventId, Assert.Single(harness.Fake.Events).Id);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task A_503_is_retried_and_succeeds()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        var created = await harness.Calendar.CreateMeetingAsync(GraphMeetingTests.Request(), CancellationToken.None);
        harness.Fake.AddFault(GraphFault.ServiceUnavailable(TimeSpan.Zero), method: "GET");

        var state = await harness.Calendar.GetMeetingAsync(GraphCalendarHarness.Organiser, created.EventId, CancellationToken.None);

        Assert.Equal(created.EventId, state.EventId);
        Assert.Equal(2, harness.Fake.Requests.Count(r => r.Method == "GET"));
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task A_503_that_lasts_surfaces_as_a_transient_failure_after_the_configured_retries()
    {
        await using var harness = await GraphCalendarHarness.StartAsync(maxRetries: 2);
        harness.Fake.AddFault(GraphFault.ServiceUnavailable(TimeSpan.Zero), times: 10);

        var failure = await Assert.ThrowsAsync<MeetingCalendarException>(() =>
            harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser, ["sw@la.example"],
                Monday9, Monday9.AddHours(1), CancellationToken.None));

        Assert.Equal(503, failure.StatusCode);
        Assert.True(failure.IsTransient);
        Assert.Equal(3, harness.Fake.Requests.Count);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task A_refused_request_is_not_retried()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        harness.Fake.AddFault(GraphFault.Status(System.Net.HttpStatusCode.Forbidden, "ErrorAccessDenied"));

        var failure = await Assert.ThrowsAsync<MeetingCalendarException>(() =>
            harness.Calendar.CreateMeetingAsync(GraphMeetingTests.Request(), CancellationToken.None));

        Assert.Equal(403, failure.StatusCode);
        Assert.False(failure.IsTransient);
        Assert.Single(harness.Fake.Requests);
        Assert.Empty(harness.Fake.Events);
    }

    [Fact]
    public async Task The_caller_s_cancellation_is_not_turned_into_a_calendar_failure()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        harness.Fake.AddFault(GraphFault.Slow(TimeSpan.FromSeconds(5)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser, ["sw@la.example"],
                Monday9, Monday9.AddHours(1), cancel.Token));
    }
}
