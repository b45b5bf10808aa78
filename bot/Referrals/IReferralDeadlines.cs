namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// When a referral's next step falls due. The seam where the shared working-day calendar (bot/Calendar, with bank
/// holidays) replaces <see cref="WeekdayReferralDeadlines"/> after merging.
/// </summary>
public interface IReferralDeadlines
{
    /// <summary>Close of business on the <paramref name="workingDays"/>th working day after the day of <paramref name="from"/>.</summary>
    DateTimeOffset DueBy(DateTimeOffset from, int workingDays);
}
