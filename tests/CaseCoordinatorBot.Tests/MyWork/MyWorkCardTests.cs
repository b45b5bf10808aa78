using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Tests.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.MyWork;

public sealed class MyWorkCardTests
{
    private static readonly WorkOwner Csc = WorkOwner.AgencyRoles(Agency.Csc, []);

    // Due at close of business on Christmas Eve 2026 (a Thursday); Fri 25 and Mon 28 December are bank holidays.
    private static readonly DateTimeOffset ChristmasEve = new(2026, 12, 24, 17, 0, 0, TimeSpan.Zero);

    private static MyWorkLine Line(string caseRef, DateTimeOffset due) => new(caseRef, "A.B.", new WorkItem("referral", caseRef, "Referral: CSC to decide", due, Csc));

    private static MyWorkCardBuilder Builder(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        return new MyWorkCardBuilder(TestCalendar.Create(clock), clock);
    }

    [Theory]
    [InlineData("2026-12-24T09:00:00Z", "Due today", "warning")]
    [InlineData("2026-12-24T17:30:00Z", "Overdue (due today)", "attention")]
    [InlineData("2026-12-28T10:00:00Z", "Overdue (due today)", "attention")] // no working day has passed since: the holidays and weekend count for nothing
    [InlineData("2026-12-29T09:00:00Z", "1 working day overdue", "attention")]
    [InlineData("2026-12-23T09:00:00Z", "Due in 1 working day", "default")]
    [InlineData("2026-12-18T09:00:00Z", "Due in 4 working days", "default")]
    public void Due_dates_read_in_working_days_across_the_christmas_bank_holidays(string now, string due, string colour)
    {
        var item = Builder(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).Item(Line("CR-1", ChristmasEve));

        Assert.Equal(due, item.Due);
        Assert.Equal(colour, item.DueColour);
        Assert.Equal("CR-1 (A.B.)", item.CaseLabel);
    }

    [Fact]
    public void The_title_counts_items_and_overdue_ones_and_names_no_one()
    {
        var card = Builder(new DateTimeOffset(2026, 12, 29, 9, 0, 0, TimeSpan.Zero)).Card(
            [Line("CR-1", ChristmasEve), Line("CR-2", ChristmasEve.AddDays(7))], "across your cases", null);

        Assert.Equal("Your work: 2 items, 1 overdue", card.Title);
        Assert.False(card.ShowDigest);
        Assert.Equal(["CR-1", "CR-2"], card.Items.Select(i => i.CaseRef));
    }

    [Fact]
    public void With_nothing_waiting_the_card_says_so_and_shows_the_digest_setting()
    {
        var digest = new DigestSettings(false, new TimeOnly(7, 30), new PersonalChat("https://smba.example", "a:1"), "t", "o", null);

        var card = Builder(ChristmasEve).Card([], "across your cases", digest);

        Assert.Equal("Your work: nothing waiting", card.Title);
        Assert.Equal("Nothing is due from you across your cases.", card.Intro);
        Assert.True(card.ShowDigest);
        Assert.False(card.DigestOn);
        Assert.Equal("07:30", card.DigestTime);
    }
}
