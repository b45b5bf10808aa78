using System.Text.Json;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Referral reminders as durable timers: they survive restarts and fire once whichever instance sweeps.</summary>
public sealed class TimerReferralReminders(ITimerScheduler scheduler) : IReferralReminders
{
    public Task RemindAsync(ReferralReminder reminder, CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync(new TimerRequest(
            // One timer per step: scheduling the same step again (a retried turn) keeps the first.
            "referral-" + StorageKey.Hash($"{reminder.CaseRef}\n{reminder.ReferralId}\n{reminder.Step}\n{reminder.RequestId}"),
            ReferralReminderDue.Kind,
            reminder.DueAt,
            JsonSerializer.SerializeToElement(reminder, StorageJson.Options)), cancellationToken);
}
