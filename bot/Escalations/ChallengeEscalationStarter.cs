using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// "Challenge this decision" on a referral starts stage 1 with the decision and the school's reason attached, and
/// posts the escalation card in the case channel and its copy in the desk that holds the referral. The escalation's id comes from the referral, so a retried
/// challenge finds the same escalation and posts no second card.
/// </summary>
public sealed class ChallengeEscalationStarter(CaseStore cases, EscalationStore store, EscalationChanges changes, EscalationPolicy policy,
    EscalationClock clock, EscalationPublisher publisher, EscalationOwnerCopies copies, ILogger<ChallengeEscalationStarter> logger) : IEscalationStarter
{
    public async Task StartAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        var file = await cases.FindCaseAsync(request.CaseRef, cancellationToken)
            ?? throw new InvalidOperationException("The challenged referral's case is not stored.");
        var by = request.Challenge.By;
        var agency = file.FindMember(by.UserKey)?.Agency ?? Agency.School;
        var description =
            $"Children's social care decided: {ReferralVocabulary.Title(request.Decision.Outcome)}. Their reason: {request.Decision.Reason}\n" +
            $"The school challenges it because: {request.Challenge.Reason}";
        var draft = EscalationTransitions.Raise(IdFor(request), file.CaseRef, file.Initials, EscalationTopic.Decision, description,
            new EscalationPerson(by.UserKey, by.Name, agency), request.ReferralId, policy.First,
            clock.DueAt(policy.First, request.Challenge.At), request.Challenge.At);
        var escalation = await changes.StartAsync(draft, cancellationToken);
        try
        {
            if (escalation.Card.ActivityId.Length == 0)
            {
                var card = await publisher.PostCardAsync(file, escalation, cancellationToken);
                escalation = await store.UpdateAsync(file.CaseRef, escalation.Id, e => e.Card.ActivityId.Length > 0 ? e : e with { Card = card }, cancellationToken);
            }
            // The copy goes to the desk that holds the challenged referral (EscalationOwnerReach).
            await copies.EnsureCopyAsync(file, escalation, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // The escalation, its chronology entry and its timers stand; the nudges still reach the channel.
            Log.CardFailed(logger, file.CaseRef, escalation.Id, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
        }
    }

    public static string IdFor(EscalationRequest request) =>
        StorageKey.Hash($"challenge\n{request.CaseRef}\n{request.ReferralId}\n{request.Challenge.At.UtcTicks}");
}
