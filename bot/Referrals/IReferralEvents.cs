namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Told of every change to a referral after it is stored: the seam where the shared case chronology (bot/Chronology)
/// adds its entries after merging. Until then the referral's own <see cref="Referral.History"/> is the record.
/// Implementations must not throw for the referral's sake: the change is already stored.
/// </summary>
public interface IReferralEvents
{
    Task RecordAsync(ReferralEvent change, CancellationToken cancellationToken);
}

/// <summary>One change: <paramref name="Event"/> is a name such as <c>referral.decided</c>; the entry has the detail.</summary>
public sealed record ReferralEvent(string Event, Referral Referral, ReferralHistoryEntry Entry);

/// <summary>The default until the chronology lands: the referral's history already holds the entry.</summary>
public sealed class NoReferralEvents : IReferralEvents
{
    public Task RecordAsync(ReferralEvent change, CancellationToken cancellationToken) => Task.CompletedTask;
}
