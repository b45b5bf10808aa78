using CaseCoordinatorBot.Calendar;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Referral timescales on the shared working-day calendar: weekends and bank holidays in England and Wales.</summary>
public sealed class CalendarReferralDeadlines(WorkingDayCalendar calendar) : IReferralDeadlines
{
    public DateTimeOffset DueBy(DateTimeOffset from, int workingDays) => calendar.DeadlineAfter(from, workingDays);
}
