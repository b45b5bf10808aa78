using CaseCoordinatorBot.Calendar;

namespace CaseCoordinatorBot.Tests.Calendar;

/// <summary>The calendar over the shipped bank holidays file, as the bot builds it.</summary>
internal static class TestCalendar
{
    public static readonly string ShippedFile = new CalendarOptions().FullBankHolidaysFile;

    public static readonly BankHolidays Shipped = BankHolidays.Load(ShippedFile, "england-and-wales");

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static WorkingDayCalendar Create(TimeProvider? clock = null) =>
        new(Shipped, London, new TimeOnly(17, 0), clock ?? TimeProvider.System);

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
