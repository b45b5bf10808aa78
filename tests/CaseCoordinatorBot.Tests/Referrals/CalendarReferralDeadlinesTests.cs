using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Tests.Calendar;

namespace CaseCoordinatorBot.Tests.Referrals;

public class CalendarReferralDeadlinesTests
{
    private readonly CalendarReferralDeadlines deadlines = new(TestCalendar.Create());

    [Theory]
    // Monday morning in winter (GMT): due at 17:00 on Tuesday.
    [InlineData("2026-11-23T09:00:00Z", 1, "2026-11-24T17:00:00Z")]
    // Friday afternoon: the weekend does not count, due Monday.
    [InlineData("2026-11-27T16:30:00Z", 1, "2026-11-30T17:00:00Z")]
    // Late on a Monday after close of business still counts from that Monday.
    [InlineData("2026-11-23T22:30:00Z", 1, "2026-11-24T17:00:00Z")]
    // Summer time (BST): 17:00 in London is 16:00 UTC.
    [InlineData("2026-06-15T08:00:00Z", 1, "2026-06-16T16:00:00Z")]
    // Just after midnight in London on Tuesday is still Monday in UTC: the London day counts.
    [InlineData("2026-06-15T23:30:00Z", 1, "2026-06-17T16:00:00Z")]
    // Christmas: referred on Thursday 24 December 2026, Friday 25 and Monday 28 are bank holidays.
    [InlineData("2026-12-24T10:00:00Z", 1, "2026-12-29T17:00:00Z")]
    // Easter: referred on Thursday 2 April 2026; Good Friday and Easter Monday do not count.
    [InlineData("2026-04-02T09:00:00Z", 1, "2026-04-07T16:00:00Z")]
    public void Due_by_is_close_of_business_on_the_nth_working_day_after_the_day_in_London(string from, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            deadlines.DueBy(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));
}
