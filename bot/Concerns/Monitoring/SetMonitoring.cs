using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>Inputs of the monitoring period form.</summary>
public sealed record SetMonitoringData(string? CaseRef, string? PeriodId, string? EndDate, string? WhatMustChange, string? Reviewer);

/// <summary>
/// Sets a monitoring period: an end date within the limit, what must change, a reviewer with a role in the case. The
/// chronology records it, a timer asks the reviewer to decide on the end date, and the "anything new?" prompts become
/// daily while it runs. The form's id makes a double click set one period.
/// </summary>
public sealed class SetMonitoring(CaseAccess access, AuditLog audit, MonitoringStore store, MonitoringClock clock, PromptRhythm rhythm,
    TimeProvider time, ILogger<SetMonitoring> logger) : IVerbHandler<SetMonitoringData>
{
    public static string Verb => "monitoring.set";

    public const string Template = "concerns/monitoring-set";

    internal const string NoRole = "Only professionals with a role in this case can set or decide a monitoring period. A case lead can grant you one. The refusal was recorded.";

    public async Task<TurnReply> HandleAsync(Turn turn, SetMonitoringData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        var file = grant.Case;
        var member = await access.RequireRoleAsync(grant, turn, Verb, NoRole, cancellationToken);
        if (!MonitoringRules.IsPeriodId(data.PeriodId))
            return TurnReply.Problem("This form is not one the bot made. Type 'monitor' for a new one.");

        var today = clock.Today;
        var limit = MonitoringRules.Limit(today, clock.MaxWeeks);
        TurnReply Again(string problem) => TurnReply.Card(Template, Form(file, data.PeriodId!, problem, data.EndDate ?? "", data.WhatMustChange ?? "", data.Reviewer ?? "", limit));
        var (end, endProblem) = MonitoringRules.End(data.EndDate, today, clock.MaxWeeks);
        if (endProblem is not null) return Again(endProblem);
        var (change, changeProblem) = MonitoringRules.Required(data.WhatMustChange, "what must change for the child");
        if (changeProblem is not null) return Again(changeProblem);
        if (file.Members.FirstOrDefault(m => m.UserKey == data.Reviewer) is not { } reviewer)
            return Again("Choose who reviews the period: someone with a role in this case.");

        var by = new MonitoringPerson(grant.User.Key, grant.User.DisplayName);
        var draft = new MonitoringPeriod(data.PeriodId!, today, end!.Value, change, new MonitoringPerson(reviewer.UserKey, reviewer.Name), by,
            time.GetUtcNow(), 0, "", MonitoringStatus.Open, "", null, null);
        MonitoringPeriod period;
        try
        {
            period = await store.UpdateAsync(file.CaseRef, current => current switch
            {
                { Id: var id } when id == draft.Id => current,
                { IsOpen: true } => throw new MonitoringChangedException(current),
                _ => draft,
            }, cancellationToken);
        }
        catch (MonitoringChangedException changed)
        {
            return TurnReply.Card(MonitoringReviewCard.Template, MonitoringReviewCard.From(file, changed.Current!, false,
                "A monitoring period is already running for this case: here it is. It must be decided before another is set.", limit));
        }

        // Also after a retry that found the period stored: a failure after the write left these undone.
        var author = new EntryAuthor(grant.User.Key, grant.User.DisplayName, member.Agency);
        await clock.RecordAsync(file.CaseRef, period, "set",
            $"Until {MonitoringReviewCard.Day(period.End)}. What must change: {period.WhatMustChange} Reviewed by {period.Reviewer.Name}.", author, cancellationToken);
        await clock.ScheduleEndAsync(file.CaseRef, period, cancellationToken);
        await rhythm.PromptDailyFromTomorrowAsync(file.CaseRef, cancellationToken);
        await audit.RecordAsync(file.CaseRef, Verb, turn, "set", cancellationToken);
        Log.MonitoringChanged(logger, turn.CorrelationId, file.CaseRef, period.Id, "set");
        return TurnReply.Card(MonitoringReviewCard.Template, MonitoringReviewCard.From(file, period, false, "", limit), shared: true);
    }

    internal static MonitoringSetCard Form(CaseFile file, string periodId, string problem, string endDate, string whatMustChange, string reviewer, string limit) =>
        new(file.CaseRef, file.Initials, periodId, problem, endDate, whatMustChange, reviewer,
            [.. file.Members.DistinctBy(m => m.UserKey).Select(m => new Choice(m.UserKey, $"{m.Name} ({CaseVocabulary.Title(m.Role)})"))], limit);
}
