using CaseCoordinatorBot.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CaseCoordinatorBot.Tests.Calendar.TestCalendar;

namespace CaseCoordinatorBot.Tests.Calendar;

/// <summary>The laws of the calendar, over every day of the years the shipped file covers.</summary>
public sealed class WorkingDayCalendarPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = Create();
    private static readonly DateOnly First = new(2025, 1, 1);
    private static readonly int Span = new DateOnly(2028, 12, 31).DayNumber - First.DayNumber;

    private static Arbitrary<DateOnly> Days() => Gen.Choose(0, Span).Select(First.AddDays).ToArbitrary();

    // Up to about a quarter of a year of working days: longer than any timescale in domain.md.
    private static Arbitrary<int> Counts() => Gen.Choose(0, 70).ToArbitrary();

    private static Arbitrary<int> PositiveCounts() => Gen.Choose(1, 70).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Adding_at_least_one_working_day_always_lands_on_a_working_day() =>
        Prop.ForAll(Days(), PositiveCounts(), (day, n) =>
            Calendar.IsWorkingDay(Calendar.AddWorkingDays(day, n)));

    [Property(MaxTest = 500)]
    public Property Adding_more_working_days_lands_strictly_later() =>
        Prop.ForAll(Days(), Counts(), Counts(), (day, a, b) =>
            a == b || (a < b) == (Calendar.AddWorkingDays(day, a) < Calendar.AddWorkingDays(day, b)));

    [Property(MaxTest = 500)]
    public Property A_later_start_never_gives_an_earlier_result() =>
        Prop.ForAll(Days(), Days(), Counts(), (d1, d2, n) =>
        {
            var (early, late) = d1 <= d2 ? (d1, d2) : (d2, d1);
            return Calendar.AddWorkingDays(early, n) <= Calendar.AddWorkingDays(late, n);
        });

    [Property(MaxTest = 500)]
    public Property Counting_back_the_working_days_added_gives_n() =>
        Prop.ForAll(Days(), Counts(), (day, n) =>
            Calendar.WorkingDaysBetween(day, Calendar.AddWorkingDays(day, n)) == n);

    [Property(MaxTest = 500)]
    public Property Counting_between_two_days_is_antisymmetric() =>
        Prop.ForAll(Days(), Days(), (a, b) =>
            Calendar.WorkingDaysBetween(a, b) == -Calendar.WorkingDaysBetween(b, a));

    [Property(MaxTest = 500)]
    public Property Every_day_between_the_event_and_the_result_but_n_of_them_is_not_a_working_day() =>
        Prop.ForAll(Days(), PositiveCounts(), (day, n) =>
        {
            var result = Calendar.AddWorkingDays(day, n);
            var skipped = 0;
            for (var d = day.AddDays(1); d < result; d = d.AddDays(1))
                skipped += Calendar.IsWorkingDay(d) ? 0 : 1;
            return result.DayNumber - day.DayNumber == n + skipped;
        });

    [Property(MaxTest = 500)]
    public Property A_deadline_is_five_pm_London_time_on_a_working_day_after_the_event() =>
        Prop.ForAll(Days(), Gen.Choose(0, 24 * 60 - 1).ToArbitrary(), PositiveCounts(), (day, minute, n) =>
        {
            var instant = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(minute);
            var deadline = Calendar.DeadlineAfter(instant, n);
            var local = TimeZoneInfo.ConvertTime(deadline, London);
            return deadline > instant && local.TimeOfDay == new TimeSpan(17, 0, 0)
                && local.Offset == London.GetUtcOffset(deadline)
                && Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime));
        });
}
