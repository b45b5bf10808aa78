using CaseCoordinatorBot.Hosting;

namespace CaseCoordinatorBot.Tests.Hosting;

public class TelemetryRedactionTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/uk/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/1700000000001",
        "https://smba.trafficmanager.net/uk/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://graph.microsoft.com/v1.0/users/organiser%40la.example/calendar/getSchedule",
        "https://graph.microsoft.com/v1.0/users/{id}/calendar/getSchedule")]
    [InlineData("https://smba.trafficmanager.net/uk/v3/conversations/a%3A1x/pagedmembers?continuationToken=abc%2F%2B",
        "https://smba.trafficmanager.net/uk/v3/conversations/{id}/pagedmembers")]
    [InlineData("http://127.0.0.1:5000/v3/teams/19%3Ateam%40thread.tacv2", "http://127.0.0.1:5000/v3/teams/{id}")]
    public void Ids_and_queries_leave_outbound_urls(string url, string expected)
    {
        Assert.Equal(expected, TelemetryRedaction.Url(new Uri(url)));
    }
}
