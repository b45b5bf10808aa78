using System.Net;
using System.Text;
using CaseCoordinatorBot.Testing.FakeGraph;

namespace CaseCoordinatorBot.Tests.Graph;

/// <summary>The fake's own checks bite: wrongly shaped bodies sent raw are refused and recorded as violations.</summary>
public sealed class FakeGraphSchemaTests
{
    private const string Events = "/users/conferences%40la.example/events";
    private const string GetSchedule = "/users/conferences%40la.example/calendar/getSchedule";

    private const string GoodTime = """{"dateTime":"2026-12-07T09:00:00","timeZone":"UTC"}""";

    [Theory]
    [InlineData(Events, """{"subject":"s","start":__T__,"end":__T__,"attendees":"dsl@school.example"}""", "ArrayExpected")]
    [InlineData(Events, """{"subject":"s","start":__T__,"end":__T__,"attendees":[],"onlineMeetingProvider":"zoom"}""", "NotInEnumeration")]
    [InlineData(Events, """{"subject":"s","end":__T__,"attendees":[]}""", "start is missing")]
    [InlineData(Events, """{"subject":"s","start":{"dateTime":"2026-12-07T09:00:00"},"end":__T__,"attendees":[]}""", "need dateTime and timeZone")]
    [InlineData(GetSchedule, """{"Schedules":"sw@la.example","StartTime":__T__,"EndTime":__T__}""", "ArrayExpected")]
    [InlineData(GetSchedule, """{"schedulez":["sw@la.example"],"startTime":__T__,"endTime":__T__}""", "Schedules (any case) is missing")]
    [InlineData(GetSchedule, """{"Schedules":["sw@la.example"],"StartTime":__T__,"EndTime":__T__,"AvailabilityViewInterval":"thirty"}""", "at #/AvailabilityViewInterval")]
    public async Task A_wrongly_shaped_request_is_refused_and_recorded(string path, string body, string expected)
    {
        await using var fake = await FakeGraphServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(fake.BaseUrl + path,
            new StringContent(body.Replace("__T__", GoodTime, StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(fake.SchemaViolations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Graph_s_documented_camel_case_get_schedule_is_accepted_like_the_sdk_s_pascal_case()
    {
        await using var fake = await FakeGraphServer.StartAsync();
        using var http = new HttpClient();
        var body = $$"""{"schedules":["sw@la.example"],"startTime":{{GoodTime}},"endTime":{{GoodTime}},"availabilityViewInterval":30}""";

        using var response = await http.PostAsync(fake.BaseUrl + GetSchedule, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(fake.SchemaViolations);
    }

    [Fact]
    public async Task A_cancel_without_a_comment_is_refused_and_recorded()
    {
        await using var fake = await FakeGraphServer.StartAsync();
        using var http = new HttpClient();
        var create = $$"""{"subject":"s","start":{{GoodTime}},"end":{{GoodTime}},"attendees":[],"transactionId":"t1"}""";
        using var created = await http.PostAsync(fake.BaseUrl + Events, new StringContent(create, Encoding.UTF8, "application/json"));
        var id = Assert.Single(fake.Events).Id;

        using var response = await http.PostAsync($"{fake.BaseUrl}{Events}/{Uri.EscapeDataString(id)}/cancel",
            new StringContent("""{"reason":"moved"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(fake.SchemaViolations, v => v.Contains("Comment (any case) is missing", StringComparison.Ordinal));
        Assert.False(fake.Events[0].IsCancelled);
    }

    [Fact]
    public async Task A_missing_reference_folder_fails_loudly_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), GraphSchema.BundleFileName);

        var failure = await Assert.ThrowsAsync<FileNotFoundException>(() => GraphSchema.LoadAsync(missing));

        Assert.Contains("../shared/reference is missing: Graph schema checks cannot run", failure.Message, StringComparison.Ordinal);
    }
}
