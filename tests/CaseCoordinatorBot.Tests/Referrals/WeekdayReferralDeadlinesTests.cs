using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Tests.Referrals;

public class WeekdayReferralDeadlinesTests
{
    private readonly WeekdayReferralDeadlines deadlines = new();

    [Theory]
    // Monday morning in winter (GMT): due at 17:00 on Tuesday.
    [InlineData("2026-11-23T09:00:00Z", 1, "2026-11-24T17:00:00Z")]
    // Friday afternoon: the weekend does not count, due Monday.
    [InlineData("2026-11-27T16:30:00Z", 1, "2026-11-30T17:00:00Z")]
    // Saturday: the first working day after it is Monday.
    [InlineData("2026-11-28T10:00:00Z", 1, "2026-11-30T17:00:00Z")]
    // Late on a Monday after close of business still counts from that Monday.
    [InlineData("2026-11-23T22:30:00Z", 1, "2026-11-24T17:00:00Z")]
    // Summer time (BST): 17:00 in London is 16:00 UTC.
    [InlineData("2026-06-15T08:00:00Z", 1, "2026-06-16T16:00:00Z")]
    // Just after midnight in London on Tuesday is still Monday in UTC: the London day counts.
    [InlineData("2026-06-15T23:30:00Z", 1, "2026-06-17T16:00:00Z")]
    // Three working days from Thursday: Friday, Monday, Tuesday.
    [InlineData("2026-11-26T09:00:00Z", 3, "2026-12-01T17:00:00Z")]
    public void Due_by_is_close_of_business_on_the_nth_weekday_after_the_day_in_London(string from, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            deadlines.DueBy(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));
}
