using CaseCoordinatorBot.Graph;
using Microsoft.Graph.Models;

namespace CaseCoordinatorBot.Tests.Graph;

public sealed class GraphDateTimeTests
{
    [Theory]
    [InlineData("2026-12-07T09:00:00.0000000", "UTC", "2026-12-07T09:00:00+00:00")]
    [InlineData("2026-12-07T09:00:00", null, "2026-12-07T09:00:00+00:00")]
    [InlineData("2026-07-01T09:00:00.0000000", "GMT Standard Time", "2026-07-01T08:00:00+00:00")]
    [InlineData("2026-12-07T09:00:00.0000000", "GMT Standard Time", "2026-12-07T09:00:00+00:00")]
    [InlineData("2026-07-01T09:00:00.0000000", "Europe/London", "2026-07-01T08:00:00+00:00")]
    [InlineData("2026-12-07T01:00:00.0000000", "Pacific Standard Time", "2026-12-07T09:00:00+00:00")]
    [InlineData("2026-12-07T10:00:00+01:00", "Ignored Because Offset", "2026-12-07T09:00:00+00:00")]
    public void A_graph_date_time_in_any_named_zone_becomes_the_right_utc_instant(string dateTime, string? zone, string expected)
    {
        Assert.True(GraphMeetingCalendar.TryFromGraph(new DateTimeTimeZone { DateTime = dateTime, TimeZone = zone }, out var instant));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("2026-12-07T09:00:00", "Mars Standard Time")]
    [InlineData("not a time", "UTC")]
    [InlineData("2026-03-29T01:30:00", "GMT Standard Time")] // In the spring-forward gap: no such local time.
    public void An_unreadable_graph_date_time_is_refused_rather_than_guessed(string dateTime, string zone)
    {
        Assert.False(GraphMeetingCalendar.TryFromGraph(new DateTimeTimeZone { DateTime = dateTime, TimeZone = zone }, out _));
    }

    [Theory]
    [InlineData(FreeBusyStatus.Busy, true)]
    [InlineData(FreeBusyStatus.Oof, true)]
    [InlineData(FreeBusyStatus.Tentative, true)]
    [InlineData(FreeBusyStatus.WorkingElsewhere, false)]
    [InlineData(FreeBusyStatus.Free, false)]
    [InlineData(FreeBusyStatus.Unknown, false)]
    public void Which_free_busy_statuses_block_a_slot(FreeBusyStatus status, bool busy)
    {
        Assert.Equal(busy, GraphMeetingCalendar.CountsAsBusy(status));
    }
}
