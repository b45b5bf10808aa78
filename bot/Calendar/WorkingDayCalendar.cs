namespace CaseCoordinatorBot.Calendar;

/// <summary>
/// Working days as domain.md defines them: not a Saturday, Sunday or bank holiday, days being days in the
/// calendar's time zone (Europe/London). "N working days after" an event is the Nth working day after the
/// local day of the event, and a deadline falls at the close of business on that day.
/// </summary>
/// <remarks>
/// Years that the bank holidays file does not cover count weekends only; start-up refuses a file that does
/// not cover this year and the next, so that only deadlines more than a year away can meet such a year.
/// </remarks>
public sealed class WorkingDayCalendar(BankHolidays holidays, TimeZoneInfo zone, TimeOnly closeOfBusiness,
    TimeProvider clock)
{
    public TimeZoneInfo Zone => zone;

    public TimeOnly CloseOfBusiness => closeOfBusiness;

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>
    /// The <paramref name="n"/>th working day after <paramref name="from"/> (which itself never counts, working
    /// day or not); <paramref name="from"/> itself when <paramref name="n"/> is 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var day = from;
        while (n > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                n--;
        }
        return day;
    }

    /// <summary>
    /// The working days in (<paramref name="from"/>, <paramref name="to"/>]: so that
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. Negative, counting (to, from], when
    /// <paramref name="to"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
            return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                count++;
        }
        return count;
    }

    /// <summary>The local (calendar time zone) day on which <paramref name="instant"/> falls.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public DateOnly Today => LocalDay(clock.GetUtcNow());

    /// <summary>Close of business on <paramref name="day"/>, with the offset in force then (GMT or BST).</summary>
    public DateTimeOffset CloseOfBusinessOn(DateOnly day) => At(day, closeOfBusiness);

    /// <summary><paramref name="time"/> on <paramref name="day"/> in the calendar's zone, with the offset in force then.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>
    /// The deadline "<paramref name="n"/> working days after" an event at <paramref name="eventInstant"/>: close
    /// of business on the Nth working day after the local day of the event.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset eventInstant, int n) =>
        CloseOfBusinessOn(AddWorkingDays(LocalDay(eventInstant), n));

    /// <summary>
    /// How a deadline stands now, in words for a card: "due today", "due in 2 working days",
    /// "3 working days overdue", or "overdue (due today)" once today's close of business has passed.
    /// </summary>
    public string Describe(DateTimeOffset deadline)
    {
        var now = clock.GetUtcNow();
        var today = LocalDay(now);
        var dueDay = LocalDay(deadline);
        if (now <= deadline)
        {
            var ahead = WorkingDaysBetween(today, dueDay);
            return dueDay == today || ahead == 0 ? "due today" : $"due in {WorkingDays(ahead)}";
        }
        var late = WorkingDaysBetween(dueDay, today);
        return late == 0 ? "overdue (due today)" : $"{WorkingDays(late)} overdue";
    }

    private static string WorkingDays(int n) => n == 1 ? "1 working day" : $"{n} working days";
}
