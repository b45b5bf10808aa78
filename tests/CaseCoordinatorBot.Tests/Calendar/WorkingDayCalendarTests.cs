using CaseCoordinatorBot.Calendar;
using Microsoft.Extensions.Time.Testing;
using static CaseCoordinatorBot.Tests.Calendar.TestCalendar;

namespace CaseCoordinatorBot.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar calendar = Create();

    [Theory]
    [InlineData("2026-11-23", true)] // Monday
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    [InlineData("2026-04-03", false)] // Good Friday
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2026-12-28", false)] // Boxing Day, substitute Monday
    [InlineData("2027-12-27", false)] // Christmas Day, substitute Monday
    [InlineData("2028-01-03", false)] // New Year's Day, substitute Monday
    [InlineData("2028-02-29", true)] // leap day, a Tuesday
    [InlineData("2028-08-28", false)] // summer bank holiday
    public void Weekends_and_bank_holidays_are_not_working_days(string day, bool working) =>
        Assert.Equal(working, calendar.IsWorkingDay(Day(day)));

    [Theory]
    [InlineData("2026-11-23", 0, "2026-11-23")] // zero days: the day itself
    [InlineData("2026-11-23", 1, "2026-11-24")]
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday to Monday
    [InlineData("2026-11-28", 1, "2026-11-30")] // an event on Saturday: Monday is the first
    [InlineData("2026-11-29", 2, "2026-12-01")] // an event on Sunday
    [InlineData("2026-04-02", 1, "2026-04-07")] // Easter: Good Friday and Easter Monday skipped
    [InlineData("2026-04-02", 2, "2026-04-08")]
    [InlineData("2025-04-17", 1, "2025-04-22")] // Easter 2025
    [InlineData("2027-03-25", 1, "2027-03-30")] // Easter in March 2027
    [InlineData("2028-04-13", 3, "2028-04-20")] // Easter 2028
    [InlineData("2026-12-24", 1, "2026-12-29")] // Christmas Friday and substitute Boxing Day Monday
    [InlineData("2026-12-30", 2, "2027-01-04")] // across New Year's Day into 2027
    [InlineData("2027-12-24", 1, "2027-12-29")] // both substitutes in 2027
    [InlineData("2027-12-31", 1, "2028-01-04")] // New Year's Day substitute on 3 Jan 2028
    [InlineData("2028-02-25", 3, "2028-03-01")] // through 29 Feb 2028
    [InlineData("2028-02-28", 1, "2028-02-29")]
    [InlineData("2026-05-22", 5, "2026-06-01")] // spring bank holiday
    [InlineData("2026-11-23", 10, "2026-12-07")]
    public void Adding_working_days_counts_from_the_day_after_the_event(string from, int n, string expected) =>
        Assert.Equal(Day(expected), calendar.AddWorkingDays(Day(from), n));

    [Fact]
    public void Adding_a_negative_number_of_working_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(Day("2026-11-23"), -1));

    [Theory]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-23", "2026-11-30", 5)]
    [InlineData("2026-11-28", "2026-11-30", 1)]
    [InlineData("2026-12-24", "2027-01-04", 4)] // 29, 30, 31 Dec and 4 Jan
    [InlineData("2026-11-30", "2026-11-23", -5)]
    [InlineData("2028-02-28", "2028-03-01", 2)]
    public void Working_days_between_counts_the_working_days_after_the_first_up_to_the_second(
        string from, string to, int expected) =>
        Assert.Equal(expected, calendar.WorkingDaysBetween(Day(from), Day(to)));

    [Theory]
    // A Friday in GMT, due on the Monday after the clocks went forward (29 March 2026): 17:00 BST.
    [InlineData("2026-03-27T10:00:00Z", 1, "2026-03-30T17:00:00+01:00")]
    // A Friday in BST, due on the Monday after the clocks went back (25 October 2026): 17:00 GMT.
    [InlineData("2026-10-23T10:00:00Z", 1, "2026-10-26T17:00:00+00:00")]
    // 23:30 UTC on 30 June is 00:30 on 1 July in London: the event's day is Wednesday 1 July.
    [InlineData("2026-06-30T23:30:00Z", 1, "2026-07-02T17:00:00+01:00")]
    // In winter 23:30 UTC is 23:30 in London: still Wednesday 14 January.
    [InlineData("2026-01-14T23:30:00Z", 1, "2026-01-15T17:00:00+00:00")]
    // An event after close of business still counts its own day as day zero.
    [InlineData("2026-11-23T18:30:00Z", 2, "2026-11-25T17:00:00+00:00")]
    // The referral decision (1 working day) on the Thursday before Easter 2026.
    [InlineData("2026-04-02T09:00:00+01:00", 1, "2026-04-07T17:00:00+01:00")]
    // From the day before leap day 2028, across the clocks going forward (26 March) and Easter (14-17 April).
    [InlineData("2028-02-28T12:00:00Z", 35, "2028-04-19T17:00:00+01:00")]
    public void Deadline_is_close_of_business_London_time_on_the_nth_working_day(
        string eventInstant, int n, string expected)
    {
        var deadline = calendar.DeadlineAfter(DateTimeOffset.Parse(eventInstant,
            System.Globalization.CultureInfo.InvariantCulture), n);
        var wanted = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(wanted, deadline);
        Assert.Equal(wanted.Offset, deadline.Offset);
    }

    [Fact]
    public void Close_of_business_is_configurable()
    {
        var early = new WorkingDayCalendar(Shipped, London, new TimeOnly(16, 30), TimeProvider.System);
        Assert.Equal(DateTimeOffset.Parse("2026-07-01T16:30:00+01:00", System.Globalization.CultureInfo.InvariantCulture),
            early.DeadlineAfter(DateTimeOffset.Parse("2026-06-30T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), 1));
    }

    [Theory]
    [InlineData("2026-11-23T09:00:00Z", "2026-11-23T17:00:00Z", "due today")]
    [InlineData("2026-11-23T09:00:00Z", "2026-11-24T17:00:00Z", "due in 1 working day")]
    [InlineData("2026-11-27T09:00:00Z", "2026-12-01T17:00:00Z", "due in 2 working days")] // over a weekend
    [InlineData("2026-11-23T17:30:00Z", "2026-11-23T17:00:00Z", "overdue (due today)")]
    [InlineData("2026-11-24T09:00:00Z", "2026-11-23T17:00:00Z", "1 working day overdue")]
    [InlineData("2026-12-30T09:00:00Z", "2026-12-23T17:00:00Z", "3 working days overdue")] // 24, 29 and 30 Dec
    public void Describes_a_deadline_in_working_days_from_now(string now, string deadline, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Create(clock).Describe(
            DateTimeOffset.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Today_is_the_London_day_of_the_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-30T23:30:00Z",
            System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Day("2026-07-01"), Create(clock).Today);
    }
}
