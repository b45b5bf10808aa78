using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Tests.Calendar;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Escalations;

public sealed class StalledWorkDigestScheduleTests
{
    private static StalledWorkDigestSchedule Schedule(DayOfWeek day = DayOfWeek.Monday, int hour = 8, int minute = 30) =>
        new(TestCalendar.Create(), Options.Create(new StalledWorkDigestOptions { Day = day, At = new TimeOnly(hour, minute) }));

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso + "Z", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // An ordinary week in winter: Monday 08:30 GMT; from just after it, the next Monday.
    [InlineData("2027-01-13T12:00:00", "2027-01-18T08:30:00", "2027-01-18")]
    [InlineData("2027-01-18T08:30:00", "2027-01-25T08:30:00", "2027-01-25")]
    // Easter Monday 2027 is a bank holiday, and BST has begun: Tuesday 30 March, 08:30 BST.
    [InlineData("2027-03-23T10:00:00", "2027-03-30T07:30:00", "2027-03-29")]
    // Between Easter Monday and the Tuesday digest, that Tuesday is still next.
    [InlineData("2027-03-29T12:00:00", "2027-03-30T07:30:00", "2027-03-29")]
    // Christmas 2026: Monday 28 December is the Boxing Day substitute; Tuesday 29 December.
    [InlineData("2026-12-22T09:00:00", "2026-12-29T08:30:00", "2026-12-28")]
    // The spring bank holiday, Monday 31 May 2027, in summer time.
    [InlineData("2027-05-25T09:00:00", "2027-06-01T07:30:00", "2027-05-31")]
    public void The_digest_goes_on_the_configured_weekday_or_the_next_working_day_at_London_time(string after, string expected, string week)
    {
        var (at, monday) = Schedule().NextAfter(Utc(after));
        Assert.Equal((Utc(expected), TestCalendar.Day(week)), (at, monday));
    }

    [Fact]
    public void A_Friday_digest_after_Good_Friday_goes_on_the_Monday_after_Easter_Monday_with_its_week_still_the_week_before()
    {
        // Friday 26 March 2027 is Good Friday and Monday 29 March Easter Monday: Tuesday 30 March is the next working day.
        var (at, week) = Schedule(DayOfWeek.Friday, 16, 0).NextAfter(Utc("2027-03-22T09:00:00"));
        Assert.Equal((Utc("2027-03-30T15:00:00"), TestCalendar.Day("2027-03-22")), (at, week));
    }

    [Fact]
    public void Week_timer_ids_are_stable_and_distinct_per_desk()
    {
        var week = TestCalendar.Day("2027-03-29");
        Assert.Equal("stalled-digest-2027-03-29", StalledWorkDigestSchedule.WeekTimerId(week));
        Assert.Equal(StalledWorkDigestSchedule.DeskTimerId(week, "19:a"), StalledWorkDigestSchedule.DeskTimerId(week, "19:a"));
        Assert.NotEqual(StalledWorkDigestSchedule.DeskTimerId(week, "19:a"), StalledWorkDigestSchedule.DeskTimerId(week, "19:b"));
    }

    [Theory]
    [InlineData(DayOfWeek.Saturday, false)]
    [InlineData(DayOfWeek.Sunday, false)]
    [InlineData(DayOfWeek.Wednesday, true)]
    public void The_digest_day_must_be_a_weekday(DayOfWeek day, bool valid) =>
        Assert.Equal(valid, StalledWorkDigestOptions.Problem(new StalledWorkDigestOptions { Day = day }) is null);
}
