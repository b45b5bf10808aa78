using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Wraps the referrals' <see cref="IReferralEvents"/>: after the wrapped one has recorded the step, a decision of
/// "strategy discussion" requests one, due 1 working day after the decision, and posts its card in the case's
/// channel. The decision was made at the CSC desk under the desk's own access check, so this is the bot acting on
/// it, not a person acting on the case. Like every <see cref="IReferralEvents"/>, it never throws for the referral's sake.
/// </summary>
public sealed class StrategyDiscussionOnDecision(IReferralEvents inner, IServiceScopeFactory scopes, ILogger<StrategyDiscussionOnDecision> logger)
    : IReferralEvents
{
    public async Task RecordAsync(ReferralEvent change, CancellationToken cancellationToken)
    {
        await inner.RecordAsync(change, cancellationToken);
        if (change.Event != "referral.decided" || change.Referral.Decision is not { Outcome: ReferralOutcome.StrategyDiscussion } decision) return;
        var referral = change.Referral;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var file = await services.GetRequiredService<CaseStore>().FindCaseAsync(referral.CaseRef, cancellationToken);
            if (file is null) return;
            var by = new ConferencePerson(decision.DecidedBy.UserKey, decision.DecidedBy.Name, Agency.Csc);
            var referrer = file.FindMember(referral.Referrer.UserKey)?.Agency ?? Agency.School;
            var (conference, created) = await services.GetRequiredService<ConferenceRequests>().RequestAsync(
                file, ConferenceStore.IdFor("referral:" + referral.Id), MeetingType.StrategyDiscussion, by, decision.DecidedAt, referrer,
                $"Children's social care decided on a strategy discussion (referral {referral.Id}).", cancellationToken);
            if (created)
                await services.GetRequiredService<ConferencePublisher>().PostAsync(file, "conferences/conference",
                    services.GetRequiredService<ConferenceCardBuilder>().Card(conference), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.StrategyDiscussionFailed(logger, referral.CaseRef, referral.Id, ex.GetType().Name);
        }
    }
}
