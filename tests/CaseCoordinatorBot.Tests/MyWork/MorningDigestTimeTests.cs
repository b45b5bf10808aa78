using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Tests.Calendar;

namespace CaseCoordinatorBot.Tests.MyWork;

public sealed class MorningDigestTimeTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    [Theory]
    [InlineData("2026-12-18T07:00:00Z", "2026-12-18T08:00:00Z")] // Friday before 08:00: the same morning
    [InlineData("2026-12-18T08:00:00Z", "2026-12-21T08:00:00Z")] // exactly 08:00 Friday: past, so Monday
    [InlineData("2026-12-24T10:00:00Z", "2026-12-29T08:00:00Z")] // Christmas Eve: over Christmas, the weekend and the Boxing Day substitute
    [InlineData("2026-03-27T09:00:00Z", "2026-03-30T07:00:00Z")] // the clocks go forward on Sunday 29 March: 08:00 BST
    [InlineData("2026-04-02T09:00:00Z", "2026-04-07T07:00:00Z")] // Good Friday and Easter Monday skipped
    [InlineData("2026-10-23T09:00:00Z", "2026-10-26T08:00:00Z")] // back to GMT on Sunday 25 October
    public void The_next_digest_is_at_the_chosen_local_time_on_the_next_working_day(string after, string expected)
    {
        var next = MorningDigest.NextAfter(TestCalendar.Create(), Eight, DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Over_three_years_every_next_digest_is_later_on_a_working_day_at_the_local_time_and_none_is_skipped()
    {
        var calendar = TestCalendar.Create();
        var random = new Random(20261123);
        for (var i = 0; i < 2_000; i++)
        {
            var after = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
            var at = new TimeOnly(random.Next(6, 20), random.Next(0, 4) * 15);

            var next = MorningDigest.NextAfter(calendar, at, after);

            var local = TimeZoneInfo.ConvertTime(next, TestCalendar.London);
            Assert.True(next > after, $"{next:o} is not after {after:o}");
            Assert.True(calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)), $"{local:o} is no working day");
            Assert.Equal(at, TimeOnly.FromDateTime(local.DateTime));
            // No working-day instant at that time lies between.
            for (var day = calendar.LocalDay(after); day < DateOnly.FromDateTime(local.DateTime); day = day.AddDays(1))
                Assert.False(calendar.IsWorkingDay(day) && calendar.At(day, at) > after, $"{day} at {at} was skipped");
        }
    }

    [Theory]
    [InlineData("07:30", "07:30")]
    [InlineData("7:30", "07:30")]
    [InlineData("06:00", "06:00")]
    [InlineData("20:00", "20:00")]
    [InlineData("08:15:00", "08:15")]
    public void A_time_within_the_day_is_read(string typed, string expected) =>
        Assert.Equal(expected, MorningDigest.Format(MorningDigest.ParseTime(typed)!.Value));

    [Theory]
    [InlineData("05:59")]
    [InlineData("20:01")]
    [InlineData("03:00")]
    [InlineData("8am")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("25:00")]
    public void A_time_outside_the_day_or_not_a_time_is_refused(string? typed) => Assert.Null(MorningDigest.ParseTime(typed));
}
