using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Inputs of the desk card's decision.</summary>
public sealed record DecideReferralData(string? CaseRef, string? ReferralId, string? Revision, string? Outcome, string? Reason, string? Advice);

/// <summary>
/// A front-door worker records the decision. It needs a written reason, and no further action also needs the advice to
/// the school: without them the card is refused with the reason why and keeps what was typed, and nothing is stored.
/// </summary>
public sealed class DecideReferral(CscDeskAccess access, ReferralChanges changes, ReferralCardBuilder build, TimeProvider clock)
    : IVerbHandler<DecideReferralData>
{
    public static string Verb => "referral.decide";

    public async Task<TurnReply> HandleAsync(Turn turn, DecideReferralData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, data.ReferralId, turn, Verb, cancellationToken);
        if (ReferralChanges.ParseRevision(data.Revision) is not { } revision)
            return TurnReply.Problem("This card is not one the bot made. Nothing was changed.");
        if (ReferralRules.DecisionProblem(data.Outcome, data.Reason, data.Advice, out var outcome) is { } problem)
            return TurnReply.Problem(problem);
        try
        {
            var result = await changes.ApplyAsync(turn, Verb, grant.Referral, revision, "decided", newRevision: true,
                Decide(grant.User, outcome, data.Reason, data.Advice, clock.GetUtcNow()), cancellationToken);
            return TurnReply.Card("referrals/desk",
                build.Desk(result.Referral, notice: result.SchoolCardUpdated ? "" : ReferralChanges.SchoolCardNotUpdated), shared: true);
        }
        catch (ReferralChangedException stale)
        {
            return TurnReply.Card("referrals/desk", build.Desk(stale.Current, ReferralChanges.Stale));
        }
    }

    /// <summary>The change a decision makes; whoever decides holds the referral if nobody did.</summary>
    internal static Func<Referral, Referral> Decide(BotUser user, ReferralOutcome outcome, string? reason, string? advice, DateTimeOffset now)
    {
        var who = ReferralPersons.From(user);
        var decision = new ReferralDecision(outcome, ReferralRules.Clean(reason), ReferralRules.Clean(advice), who, now);
        return r => r.Status == ReferralStatus.Decided ? throw new ReferralChangedException(r) : r with
        {
            Status = ReferralStatus.Decided,
            Decision = decision,
            Holder = r.Holder ?? who,
            AcknowledgedBy = r.AcknowledgedBy ?? who,
            AcknowledgedAt = r.AcknowledgedAt ?? now,
            History = [.. r.History, ReferralChanges.Entry(now, "decided", user, ReferralVocabulary.Title(outcome) + ". Reason: " + decision.Reason)],
        };
    }
}
