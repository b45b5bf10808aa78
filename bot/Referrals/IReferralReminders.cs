namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Where a referral asks to be woken up later: when acknowledgement or decision falls due, and when a school's request
/// for an update is still unanswered. The seam for the durable timers (bot/Scheduling) after merging; a timer that
/// fires should re-read the referral, do nothing if the step is done, and otherwise redraw the school's card (which
/// then says "overdue") through <see cref="ReferralPublisher.UpdateSchoolCardAsync"/> and nudge the desk.
/// The default does nothing: until the timers land, the card shows "overdue" when it is next drawn.
/// </summary>
public interface IReferralReminders
{
    Task RemindAsync(ReferralReminder reminder, CancellationToken cancellationToken);
}

/// <param name="Step"><c>acknowledge</c>, <c>decide</c> or <c>answer-request</c>.</param>
/// <param name="RequestId">The status request, for <c>answer-request</c>; empty otherwise.</param>
public sealed record ReferralReminder(string CaseRef, string ReferralId, string Step, string RequestId, DateTimeOffset DueAt);

public sealed class NoReferralReminders : IReferralReminders
{
    public Task RemindAsync(ReferralReminder reminder, CancellationToken cancellationToken) => Task.CompletedTask;
}
