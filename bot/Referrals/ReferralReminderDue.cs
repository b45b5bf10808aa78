using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// A referral step has reached its due time. If it is still not done, the school's card is redrawn (it now
/// says overdue) and the desk is reminded in the referral's thread; a step done in time costs nothing more.
/// </summary>
public sealed class ReferralReminderDue(ReferralStore referrals, ReferralPublisher publisher, WorkingDayCalendar calendar,
    ILogger<ReferralReminderDue> logger) : ITimerHandler
{
    public static string Kind => "referral.reminderDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var reminder = timer.PayloadAs<ReferralReminder>();
        var referral = await referrals.FindAsync(reminder.CaseRef, reminder.ReferralId, cancellationToken);
        if (referral is null || !StillPending(referral, reminder)) return;

        Log.ReminderDue(logger, referral.CaseRef, referral.Id, reminder.Step);
        // The card update is a PUT and may repeat harmlessly; the reminder post comes last, so that a failure
        // before it (and the timer's retry) never posts it twice.
        await publisher.UpdateSchoolCardAsync(referral, cancellationToken);
        var what = reminder.Step switch
        {
            "acknowledge" => "acknowledging this referral",
            "decide" => "a decision on this referral, with its reason,",
            _ => "an answer to the school's request for an update",
        };
        await publisher.PostNudgeAsync(referral,
            $"Reminder for {referral.CaseRef} ({referral.Initials}): {what} was due by {Common.DisplayTime.Format(reminder.DueAt)} " +
            $"and is now {calendar.Describe(reminder.DueAt)}. The school can see that it is overdue.", cancellationToken);
    }

    private static bool StillPending(Referral referral, ReferralReminder reminder) => reminder.Step switch
    {
        "acknowledge" => referral.Status == ReferralStatus.Submitted,
        "decide" => referral.Status != ReferralStatus.Decided,
        "answer-request" => referral.StatusRequests.Any(r => r.Id == reminder.RequestId && r.AnsweredAt is null),
        _ => false,
    };
}
