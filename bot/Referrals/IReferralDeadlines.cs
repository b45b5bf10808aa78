namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// When a referral's next step falls due (<see cref="CalendarReferralDeadlines"/>: the shared working-day calendar).
/// </summary>
public interface IReferralDeadlines
{
    /// <summary>Close of business on the <paramref name="workingDays"/>th working day after the day of <paramref name="from"/>.</summary>
    DateTimeOffset DueBy(DateTimeOffset from, int workingDays);
}
