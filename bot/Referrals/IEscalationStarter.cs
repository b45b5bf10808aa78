namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Starts a professional-disagreement escalation at stage 1 of the local policy, with the decision and the school's
/// reason attached. The escalation work (bot/Escalations) implements it; the default only leaves the challenge
/// recorded on the referral.
/// </summary>
public interface IEscalationStarter
{
    Task StartAsync(EscalationRequest request, CancellationToken cancellationToken);
}

public sealed record EscalationRequest(
    string CaseRef,
    string ReferralId,
    ReferralDecision Decision,
    ReferralChallenge Challenge,
    DeskRef Desk);

public sealed class NoEscalationStarter : IEscalationStarter
{
    public Task StartAsync(EscalationRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
