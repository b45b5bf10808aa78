using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Calendar;

/// <summary>The working-day calendar (configuration section <c>Calendar</c>).</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>
    /// The gov.uk bank-holidays JSON. Relative paths are taken from the application folder, where the shipped
    /// <c>Calendar/bank-holidays.json</c> is copied; point it elsewhere to replace the shipped file.
    /// </summary>
    [Required]
    public string BankHolidaysFile { get; set; } = "Calendar/bank-holidays.json";

    /// <summary>The gov.uk division whose holidays count (England and Wales for English child protection).</summary>
    [Required]
    public string Division { get; set; } = "england-and-wales";

    /// <summary>Local time at which a working day's deadlines fall.</summary>
    public TimeOnly CloseOfBusiness { get; set; } = new(17, 0);

    /// <summary>IANA time zone in which days begin and end.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    public string FullBankHolidaysFile => Path.GetFullPath(BankHolidaysFile, AppContext.BaseDirectory);
}
