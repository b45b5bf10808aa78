using System.Text.Json;
using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>The period's end as a durable timer, and its steps as chronology entries: both idempotent by id.</summary>
public sealed class MonitoringClock(ITimerScheduler timers, ChronologyStore chronology, WorkingDayCalendar calendar,
    IOptions<MonitoringOptions> options, TimeProvider clock)
{
    public DateOnly Today => calendar.LocalDay(clock.GetUtcNow());

    public int MaxWeeks => options.Value.MaxWeeks;

    /// <summary>One timer per period and extension: an extension's new end is a new timer; the old one finds nothing to do.</summary>
    public Task ScheduleEndAsync(string caseRef, MonitoringPeriod period, CancellationToken cancellationToken)
    {
        var local = period.End.ToDateTime(options.Value.ReviewAt, DateTimeKind.Unspecified);
        var at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, calendar.Zone), TimeSpan.Zero);
        return timers.ScheduleAsync(new TimerRequest($"monitoring-end-{StorageKey.Hash($"{caseRef}\n{period.Id}\n{period.Extensions}")}",
            MonitoringEndDue.Kind, at,
            JsonSerializer.SerializeToElement(new MonitoringEndTimer(caseRef, period.Id, period.Extensions), StorageJson.Options)), cancellationToken);
    }

    public Task RecordAsync(string caseRef, MonitoringPeriod period, string step, string detail, EntryAuthor author, CancellationToken cancellationToken) =>
        chronology.AppendAsync(caseRef, new NewChronologyEntry(EntryKind.MonitoringPeriod, clock.GetUtcNow(), author, null,
            FamilyVisibility.Shareable, null, StorageKey.Hash($"monitoring\n{period.Id}\n{step}\n{period.Extensions}"),
            new MonitoringPeriodBody(period.Id, step, detail)), cancellationToken);
}

public sealed record MonitoringEndTimer(string CaseRef, string PeriodId, int Extensions);
