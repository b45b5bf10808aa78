using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Tests.Calendar;

namespace CaseCoordinatorBot.Tests.Conferences;

public sealed class SlotFinderTests
{
    internal static SlotQuery Query(DateTimeOffset earliest, DateTimeOffset dueBy, IReadOnlyList<AttendeeAvailability> required,
        IReadOnlyList<AttendeeAvailability>? optional = null, int minutes = 60) =>
        new(required, optional ?? [], earliest, dueBy, TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(30),
            new TimeOnly(9, 0), new TimeOnly(17, 0), TestCalendar.London, TestCalendar.Create().IsWorkingDay);

    private static AttendeeAvailability Busy(string address, params (DateTimeOffset, DateTimeOffset)[] busy) =>
        new(address, true, busy.Select(b => new BusyInterval(b.Item1, b.Item2)).ToArray());

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Nine_in_the_morning_is_nine_in_London_in_summer_and_in_winter()
    {
        var summer = SlotFinder.Find(Query(Utc(6, 1, 0), Utc(6, 1, 16), [Busy("a@x")]));
        Assert.Equal(Utc(6, 1, 8), summer.Slots[0].Start);
        var winter = SlotFinder.Find(Query(Utc(12, 1, 0), Utc(12, 1, 17), [Busy("a@x")]));
        Assert.Equal(Utc(12, 1, 9), winter.Slots[0].Start);
    }

    [Fact]
    public void The_three_earliest_free_slots_are_offered()
    {
        var result = SlotFinder.Find(Query(Utc(12, 1, 0), Utc(12, 4, 17), [Busy("sw@csc", (Utc(12, 1, 9), Utc(12, 1, 10)))]));
        Assert.Equal([Utc(12, 1, 10), Utc(12, 1, 10, 30), Utc(12, 1, 11)], result.Slots.Select(s => s.Start));
    }

    [Fact]
    public void Slots_where_optional_invitees_are_also_free_come_first()
    {
        var optional = Busy("gp@health", (Utc(12, 1, 9), Utc(12, 1, 11)));
        var result = SlotFinder.Find(Query(Utc(12, 1, 0), Utc(12, 1, 17), [Busy("sw@csc")], [optional]));
        Assert.All(result.Slots, s => Assert.Equal(0, s.OptionalBusy));
        Assert.Equal(Utc(12, 1, 11), result.Slots[0].Start);
    }

    [Fact]
    public void Weekends_and_bank_holidays_are_skipped()
    {
        // Christmas Eve 2026 is a Thursday; the next working day is Tuesday 29 December.
        var result = SlotFinder.Find(Query(Utc(12, 24, 17), new DateTimeOffset(2026, 12, 30, 17, 0, 0, TimeSpan.Zero), [Busy("sw@csc")]));
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 9, 0, 0, TimeSpan.Zero), result.Slots[0].Start);
    }

    [Fact]
    public void When_nobody_fits_the_result_names_who_blocks_most()
    {
        var allWeek = (Utc(11, 30, 0), Utc(12, 5, 0));
        var morning = (Utc(12, 1, 9), Utc(12, 1, 12));
        var result = SlotFinder.Find(Query(Utc(12, 1, 0), Utc(12, 1, 17), [Busy("police@x", allWeek), Busy("sw@csc", morning), Busy("free@x")]));
        Assert.Empty(result.Slots);
        Assert.Equal(["police@x", "sw@csc"], result.Blockers.Select(b => b.Address));
    }

    [Fact]
    public void An_invitee_whose_calendar_is_not_visible_never_blocks_and_is_named()
    {
        var hidden = new AttendeeAvailability("police@other-tenant", false, []);
        var result = SlotFinder.Find(Query(Utc(12, 1, 0), Utc(12, 1, 17), [hidden, Busy("sw@csc")]));
        Assert.Equal(3, result.Slots.Count);
        Assert.Equal(["police@other-tenant"], result.NotVisible);
    }

    [Fact]
    public void A_due_date_already_past_leaves_no_candidates_and_blames_nobody()
    {
        var result = SlotFinder.Find(Query(Utc(12, 2, 10), Utc(12, 1, 17), [Busy("sw@csc", (Utc(12, 1, 0), Utc(12, 3, 0)))]));
        Assert.Equal(0, result.Candidates);
        Assert.Empty(result.Blockers);
    }
}
