using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>Inputs of the review card: the choice, the reason, and for an extension the new end date.</summary>
public sealed record ReviewMonitoringData(string? CaseRef, string? PeriodId, string? Decision, string? Reason, string? NewEnd);

/// <summary>
/// The reviewer (or a case lead) decides a period: improved and close, extend once, or refer (the referral form comes
/// back in place of the card). Every choice needs a reason; a second extension is refused.
/// </summary>
public sealed class ReviewMonitoring(CaseStore cases, CaseAccess access, AuditLog audit, MonitoringStore store, MonitoringClock clock,
    ReferralConcernPicker concerns, TimeProvider time, ILogger<ReviewMonitoring> logger) : IVerbHandler<ReviewMonitoringData>
{
    public static string Verb => "monitoring.review";

    public async Task<TurnReply> HandleAsync(Turn turn, ReviewMonitoringData data, CancellationToken cancellationToken)
    {
        // Also from the reviewer's personal chat, where 'my work' opens this card.
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, CaseReach.CaseChannelOrPersonalChat, cancellationToken);
        var file = grant.Case;
        var limit = MonitoringRules.Limit(clock.Today, clock.MaxWeeks);
        if (await store.FindAsync(file.CaseRef, cancellationToken) is not { } period || period.Id != data.PeriodId)
        {
            await audit.RecordAsync(file.CaseRef, Verb, turn, "refused:no-such-period", cancellationToken);
            return TurnReply.Problem("This card is for a monitoring period the case no longer has. Type 'monitor' to see the current one.");
        }
        if (period.Reviewer.UserKey != grant.User.Key && !file.IsLead(grant.User.Key))
        {
            await audit.RecordAsync(file.CaseRef, Verb, turn, "refused:not-reviewer", cancellationToken);
            return TurnReply.Problem($"Only the reviewer ({period.Reviewer.Name}) or a case lead can decide this period. The refusal was recorded.");
        }
        TurnReply Again(MonitoringPeriod shown, string problem) =>
            TurnReply.Card(MonitoringReviewCard.Template, MonitoringReviewCard.From(file, shown, shown.IsOpen, problem, limit));
        if (!period.IsOpen) return Again(period, "This period has already been decided.");
        var (reason, reasonProblem) = MonitoringRules.Required(data.Reason, "why (what you saw change, or not)");

        var by = new MonitoringPerson(grant.User.Key, grant.User.DisplayName);
        var author = new EntryAuthor(grant.User.Key, grant.User.DisplayName, grant.Member?.Agency ?? Agency.Other);
        var now = time.GetUtcNow();
        switch (data.Decision)
        {
            case "improved" or "refer" when reasonProblem is not null:
            case "extend" when reasonProblem is not null:
                return Again(period, reasonProblem);
            case "improved":
            case "refer":
            {
                var referred = data.Decision == "refer";
                var decided = await DecideAsync(file, period, p => p with
                {
                    Status = referred ? MonitoringStatus.Referred : MonitoringStatus.Closed,
                    Outcome = (referred ? "Referred to children's social care: " : "Improved, closed: ") + reason,
                    DecidedBy = by, DecidedAt = now,
                }, cancellationToken);
                if (decided is null) return Again((await store.FindAsync(file.CaseRef, cancellationToken))!, "Someone else decided this period first.");
                await clock.RecordAsync(file.CaseRef, decided, referred ? "referred" : "closed", decided.Outcome, author, cancellationToken);
                await audit.RecordAsync(file.CaseRef, Verb, turn, referred ? "referred" : "closed", cancellationToken);
                Log.MonitoringChanged(logger, turn.CorrelationId, file.CaseRef, decided.Id, referred ? "referred" : "closed");
                if (!referred) return TurnReply.Card(MonitoringReviewCard.Template, MonitoringReviewCard.From(file, decided, false, "", limit), shared: true);
                // A referral is made in the case's channel, where the school's status card will live.
                if (turn.IsPersonal)
                    return TurnReply.Card("common/notice", new Common.NoticeCard($"{file.CaseRef} ({file.Initials}): decided, refer now",
                        "Recorded: the period ends in a referral. Make it now from the case's channel: type 'refer' there, and choose the concerns it rests on."));
                return await ReferralFormAsync(file, cancellationToken);
            }
            case "extend":
            {
                if (period.Extensions > 0)
                    return Again(period, "This period has been extended once already: close it or refer now.");
                var (end, endProblem) = MonitoringRules.End(data.NewEnd, clock.Today, clock.MaxWeeks);
                if (endProblem is not null) return Again(period, endProblem);
                if (end <= period.End) return Again(period, $"The new end date must be after the current one ({MonitoringReviewCard.Day(period.End)}).");
                var extended = await DecideAsync(file, period, p => p with { End = end!.Value, Extensions = 1, ExtensionReason = reason }, cancellationToken);
                if (extended is null) return Again((await store.FindAsync(file.CaseRef, cancellationToken))!, "Someone else decided this period first.");
                await clock.RecordAsync(file.CaseRef, extended, "extended",
                    $"Extended once, to {MonitoringReviewCard.Day(extended.End)}: {reason}", author, cancellationToken);
                await clock.ScheduleEndAsync(file.CaseRef, extended, cancellationToken);
                await audit.RecordAsync(file.CaseRef, Verb, turn, "extended", cancellationToken);
                Log.MonitoringChanged(logger, turn.CorrelationId, file.CaseRef, extended.Id, "extended");
                return TurnReply.Card(MonitoringReviewCard.Template, MonitoringReviewCard.From(file, extended, false, "", limit), shared: true);
            }
            default:
                return Again(period, "Choose: improved and close, extend once, or refer.");
        }
    }

    /// <summary>The change applied to the period as shown; null when someone else changed it first.</summary>
    private async Task<MonitoringPeriod?> DecideAsync(CaseFile file, MonitoringPeriod shown, Func<MonitoringPeriod, MonitoringPeriod> change,
        CancellationToken cancellationToken)
    {
        try
        {
            return await store.UpdateAsync(file.CaseRef, current => current is not null && current == shown ? change(current)
                : throw new MonitoringChangedException(current), cancellationToken);
        }
        catch (MonitoringChangedException)
        {
            return null;
        }
    }

    private async Task<TurnReply> ReferralFormAsync(CaseFile file, CancellationToken cancellationToken)
    {
        var desks = await StartReferral.DeskChoicesAsync(cases, cancellationToken);
        if (desks.Count == 0)
            return TurnReply.Text("The period is closed for referral, but no front door is linked yet: ask the front door to link its channel, then type 'refer'.");
        return TurnReply.Card("referrals/form", StartReferral.Form(file, ReferralIds.New(), desks, await concerns.ChoicesAsync(file.CaseRef, cancellationToken)) with
        {
            Notice = "The monitoring period is closed for referral. Fill in the referral: the concerns logged during it are offered above.",
        });
    }
}
