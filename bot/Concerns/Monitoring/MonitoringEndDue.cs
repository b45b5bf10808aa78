using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>
/// The period's end date has come: the reviewer is asked in the case channel to choose. A timer for a period since
/// decided, replaced or extended finds nothing to do.
/// </summary>
public sealed class MonitoringEndDue(CaseStore cases, MonitoringStore store, MonitoringClock clock, CaseChannelPoster poster,
    ILogger<MonitoringEndDue> logger) : ITimerHandler
{
    public static string Kind => "monitoring.endDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var due = timer.PayloadAs<MonitoringEndTimer>();
        if (await cases.FindCaseAsync(due.CaseRef, cancellationToken) is not { } file) return;
        if (await store.FindAsync(due.CaseRef, cancellationToken) is not { IsOpen: true } period
            || period.Id != due.PeriodId || period.Extensions != due.Extensions) return;
        await poster.PostCardAsync(file, MonitoringReviewCard.Template,
            MonitoringReviewCard.From(file, period, true, "", MonitoringRules.Limit(clock.Today, clock.MaxWeeks)), cancellationToken);
        Log.MonitoringReviewAsked(logger, file.CaseRef, period.Id);
    }
}
