using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Calendar;

/// <summary>
/// Refuses to start with a bank holidays file that is missing, malformed, or does not cover this year and the
/// next (deadlines are set up to a year ahead), or with an unknown time zone, naming the file and the fault.
/// </summary>
internal sealed class CalendarOptionsValidator(TimeProvider clock) : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        if (!TryFindZone(options.TimeZone, out var zone))
            return ValidateOptionsResult.Fail($"Calendar:TimeZone '{options.TimeZone}' is not a known time zone.");
        BankHolidays holidays;
        try
        {
            holidays = BankHolidays.Load(options.FullBankHolidaysFile, options.Division);
        }
        catch (CalendarDataException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }

        var year = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).Year;
        var missing = new[] { year, year + 1 }.Where(y => !holidays.Covers(y)).ToArray();
        return missing.Length == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The bank holidays file '{options.FullBankHolidaysFile}' has no {options.Division} holidays for "
                + $"{string.Join(" and ", missing)}: it must cover this year and the next. Replace it with the current "
                + "gov.uk bank-holidays.json (Calendar:BankHolidaysFile).");
    }

    internal static bool TryFindZone(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}
