using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Inputs of a status-request card's answer.</summary>
public sealed record AnswerStatusRequestData(string? CaseRef, string? ReferralId, string? RequestId, string? Answer, string? NewStatus, string? Advice);

/// <summary>
/// A front-door worker answers the school's request from the card in their own channel: a short answer, and if they
/// choose, a new status (received, or a decision, whose reason is then the answer). The answer shows on the school's
/// card; the request card records who answered and when.
/// </summary>
public sealed class AnswerStatusRequest(CscDeskAccess access, ReferralChanges changes, ReferralPublisher publisher, ReferralCardBuilder build,
    TimeProvider clock) : IVerbHandler<AnswerStatusRequestData>
{
    public static string Verb => "referral.answer";

    public async Task<TurnReply> HandleAsync(Turn turn, AnswerStatusRequestData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, data.ReferralId, turn, Verb, cancellationToken);
        var referral = grant.Referral;
        if (referral.StatusRequests.FirstOrDefault(q => q.Id == data.RequestId) is not { } request)
            return TurnReply.Problem("That request for an update could not be found on this referral.");
        if (request.AnsweredAt is not null)
            return TurnReply.Card("referrals/status-request", build.Request(referral, request, AlreadyAnswered(request)));
        var answer = ReferralRules.Clean(data.Answer);
        if (answer.Length == 0)
            return TurnReply.Problem("Write a short answer for the school.");
        if (answer.Length > ReferralRules.MaxAnswerLength)
            return TurnReply.Problem($"Keep the answer to {ReferralRules.MaxAnswerLength} characters; the decision card has room for more.");

        var now = clock.GetUtcNow();
        var newStatus = ReferralRules.Clean(data.NewStatus);
        Func<Referral, Referral> statusChange = r => r;
        if (newStatus == nameof(ReferralStatus.Acknowledged))
            statusChange = r => r.Status != ReferralStatus.Submitted ? r : r with
            {
                Status = ReferralStatus.Acknowledged,
                Holder = ReferralPersons.From(grant.User),
                AcknowledgedBy = ReferralPersons.From(grant.User),
                AcknowledgedAt = now,
            };
        else if (newStatus.Length > 0)
        {
            if (ReferralRules.DecisionProblem(newStatus, answer, data.Advice, out var outcome) is { } problem)
                return TurnReply.Problem(problem);
            statusChange = DecideReferral.Decide(grant.User, outcome, answer, data.Advice, now);
        }

        ChangeResult result;
        try
        {
            result = await changes.ApplyAsync(turn, Verb, referral, null, "update-answered", newRevision: newStatus.Length > 0, r =>
            {
                if (r.StatusRequests.First(q => q.Id == request.Id).AnsweredAt is not null) throw new ReferralChangedException(r);
                var changed = statusChange(r);
                return changed with
                {
                    StatusRequests = [.. changed.StatusRequests.Select(q => q.Id == request.Id
                        ? q with { Answer = answer, AnsweredBy = ReferralPersons.From(grant.User), AnsweredAt = now }
                        : q)],
                    History = [.. changed.History, ReferralChanges.Entry(now, "update-answered", grant.User, answer)],
                };
            }, cancellationToken);
        }
        catch (ReferralChangedException stale)
        {
            var latest = stale.Current.StatusRequests.First(q => q.Id == request.Id);
            return TurnReply.Card("referrals/status-request", build.Request(stale.Current, latest,
                latest.AnsweredAt is null ? ReferralChanges.Stale : AlreadyAnswered(latest)));
        }

        if (newStatus.Length > 0) await publisher.UpdateDeskCardAsync(result.Referral, cancellationToken);
        var answered = result.Referral.StatusRequests.First(q => q.Id == request.Id);
        return TurnReply.Card("referrals/status-request",
            build.Request(result.Referral, answered, result.SchoolCardUpdated ? "" : ReferralChanges.SchoolCardNotUpdated), shared: true);
    }

    private static string AlreadyAnswered(StatusRequest request) =>
        $"{request.AnsweredBy?.Name} already answered this request.";
}
