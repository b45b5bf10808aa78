namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// A stand-in for the shared working-day calendar: working days are Monday to Friday in Europe/London and close of
/// business is 17:00 London time. It knows no bank holidays, so it is early (never late) around them. Replace it
/// with the calendar service by registering an <see cref="IReferralDeadlines"/> before <c>AddReferrals</c>.
/// </summary>
public sealed class WeekdayReferralDeadlines : IReferralDeadlines
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeOnly CloseOfBusiness = new(17, 0);

    public DateTimeOffset DueBy(DateTimeOffset from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, London).DateTime);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) counted++;
        }
        var local = day.ToDateTime(CloseOfBusiness, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }
}
