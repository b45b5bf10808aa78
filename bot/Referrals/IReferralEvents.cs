namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Told of every change to a referral after it is stored (<see cref="ChronologyReferralEvents"/> copies each into
/// the case's chronology). Implementations must not throw for the referral's sake: the change is already stored,
/// and the referral's own <see cref="Referral.History"/> has it.
/// </summary>
public interface IReferralEvents
{
    Task RecordAsync(ReferralEvent change, CancellationToken cancellationToken);
}

/// <summary>One change: <paramref name="Event"/> is a name such as <c>referral.decided</c>; the entry has the detail.</summary>
public sealed record ReferralEvent(string Event, Referral Referral, ReferralHistoryEntry Entry);
