namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Where a referral asks to be woken up later: when acknowledgement or decision falls due, and when a school's request
/// for an update is still unanswered (<see cref="TimerReferralReminders"/>: durable timers, handled by
/// <see cref="ReferralReminderDue"/>).
/// </summary>
public interface IReferralReminders
{
    Task RemindAsync(ReferralReminder reminder, CancellationToken cancellationToken);
}

/// <param name="Step"><c>acknowledge</c>, <c>decide</c> or <c>answer-request</c>.</param>
/// <param name="RequestId">The status request, for <c>answer-request</c>; empty otherwise.</param>
public sealed record ReferralReminder(string CaseRef, string ReferralId, string Step, string RequestId, DateTimeOffset DueAt);
