using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>A monitoring period running in the case waits for its named reviewer's decision by its end date. Opens the review card.</summary>
public sealed class MonitoringWork(MonitoringStore store, MonitoringClock clock, WorkingDayCalendar calendar) : IWorkSource
{
    public string Name => "monitoring";

    public async Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CaseFile file, CancellationToken cancellationToken) =>
        await store.FindAsync(file.CaseRef, cancellationToken) is { IsOpen: true } period
            ? [new WorkItem(Name, period.Id, "Monitoring period ends: decide what happens next", calendar.CloseOfBusinessOn(period.End),
                WorkOwner.Person(period.Reviewer.UserKey))]
            : [];

    public async Task<TurnReply> OpenAsync(CaseAccessGrant grant, WorkItem item, CancellationToken cancellationToken) =>
        await store.FindAsync(grant.Case.CaseRef, cancellationToken) is { IsOpen: true } period && period.Id == item.Id
            // The choices are offered before the end date too: a reviewer who sees enough need not wait for it.
            ? TurnReply.Card(MonitoringReviewCard.Template, MonitoringReviewCard.From(grant.Case, period, true, "",
                MonitoringRules.Limit(clock.Today, clock.MaxWeeks)))
            : TurnReply.Problem("That monitoring period has been decided already.");
}
