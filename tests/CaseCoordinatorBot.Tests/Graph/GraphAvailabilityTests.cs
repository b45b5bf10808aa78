using System.Text.Json.Nodes;
using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Testing.FakeGraph;

namespace CaseCoordinatorBot.Tests.Graph;

public sealed class GraphAvailabilityTests
{
    private static readonly DateTimeOffset Monday9 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Busy_tentative_and_out_of_office_items_are_busy_and_working_elsewhere_and_free_are_not()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        harness.Fake.SetSchedule("sw@la.example",
            new FakeScheduleItem(Monday9, Monday9.AddHours(1), "busy"),
            new FakeScheduleItem(Monday9.AddHours(2), Monday9.AddHours(3), "tentative"),
            new FakeScheduleItem(Monday9.AddHours(4), Monday9.AddHours(5), "workingElsewhere"),
            new FakeScheduleItem(Monday9.AddHours(5), Monday9.AddHours(6), "free"));
        harness.Fake.SetSchedule("dsl@school.example", new FakeScheduleItem(Monday9.AddHours(-1), Monday9.AddHours(9), "oof"));

        var result = await harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser,
            ["sw@la.example", "dsl@school.example", "gp@surgery.example"], Monday9, Monday9.AddHours(8), CancellationToken.None);

        Assert.Equal(["sw@la.example", "dsl@school.example", "gp@surgery.example"], result.Select(a => a.Address));
        Assert.All(result, a => Assert.True(a.Known));
        Assert.Equal(
            [new BusyInterval(Monday9, Monday9.AddHours(1)), new BusyInterval(Monday9.AddHours(2), Monday9.AddHours(3))],
            result[0].Busy);
        Assert.Equal([new BusyInterval(Monday9.AddHours(-1), Monday9.AddHours(9))], result[1].Busy);
        Assert.All(result[1].Busy, b => Assert.Equal(TimeSpan.Zero, b.Start.Offset));
        Assert.Empty(result[2].Busy);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task An_address_whose_calendar_cannot_be_read_is_unknown_and_the_others_still_come_back()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();
        harness.Fake.SetSchedule("sw@la.example", new FakeScheduleItem(Monday9, Monday9.AddHours(1)));
        harness.Fake.SetScheduleError("police.officer@other-tenant.example");

        var result = await harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser,
            ["police.officer@other-tenant.example", "sw@la.example"], Monday9, Monday9.AddHours(8), CancellationToken.None);

        Assert.False(result[0].Known);
        Assert.Empty(result[0].Busy);
        Assert.True(result[1].Known);
        Assert.Single(result[1].Busy);
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task Free_busy_is_asked_in_utc_half_hours_with_the_sdk_s_pascal_case_parameters_and_a_token()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();

        await harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser, ["sw@la.example"],
            Monday9, Monday9.AddHours(8), CancellationToken.None);

        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal(("POST", "/users/conferences@la.example/calendar/getSchedule"), (request.Method, request.Path));
        Assert.Equal("Bearer " + FixedTokenCredential.DefaultToken, request.Authorization);
        Assert.Equal("outlook.timezone=\"UTC\"", request.Prefer);
        var body = Assert.IsType<JsonObject>(request.Body);
        // PascalCase, exactly as the SDK sends them (the fake would also accept camelCase, as Graph does).
        Assert.Equal(["AvailabilityViewInterval", "EndTime", "Schedules", "StartTime"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(30, (int)body["AvailabilityViewInterval"]!);
        Assert.Equal("2026-12-07T09:00:00", (string?)body["StartTime"]!["dateTime"]);
        Assert.Equal("UTC", (string?)body["StartTime"]!["timeZone"]);
        Assert.Equal("2026-12-07T17:00:00", (string?)body["EndTime"]!["dateTime"]);
        Assert.Equal(["https://graph.microsoft.com/.default"], harness.Credential.Scopes.Distinct());
        Assert.Empty(harness.Fake.SchemaViolations);
    }

    [Fact]
    public async Task No_addresses_make_no_call()
    {
        await using var harness = await GraphCalendarHarness.StartAsync();

        var result = await harness.Calendar.GetAvailabilityAsync(GraphCalendarHarness.Organiser, [], Monday9, Monday9.AddHours(1), CancellationToken.None);

        Assert.Empty(result);
        Assert.Empty(harness.Fake.Requests);
    }
}
