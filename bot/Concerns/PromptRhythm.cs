using System.Text.Json;
using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Channels;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Schedules a case's "anything new?" prompts: the first when the case is linked, each next one when a prompt is
/// posted. One timer per round (id: hash of case and round), so a retried link or firing schedules nothing twice.
/// </summary>
public sealed class PromptRhythm(ITimerScheduler timers, WorkingDayCalendar calendar, IOptions<PromptingOptions> options,
    TimeProvider clock) : ICaseLinked
{
    public static string TimerId(string caseRef, int round) => "concern-prompt-" + StorageKey.Hash($"{caseRef}\n{round}");

    public Task CaseLinkedAsync(CaseFile file, CancellationToken cancellationToken) =>
        ScheduleAsync(file.CaseRef, 1, cancellationToken);

    public Task ScheduleAsync(string caseRef, int round, CancellationToken cancellationToken) =>
        timers.ScheduleAsync(new TimerRequest(TimerId(caseRef, round), PromptDue.Kind, NextPromptAt(),
            JsonSerializer.SerializeToElement(new PromptTimer(caseRef, round), StorageJson.Options)), cancellationToken);

    /// <summary>The configured time of day, the configured number of working days from today.</summary>
    public DateTimeOffset NextPromptAt()
    {
        var day = calendar.AddWorkingDays(calendar.LocalDay(clock.GetUtcNow()), options.Value.EveryWorkingDays);
        var local = day.ToDateTime(options.Value.At, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, calendar.Zone), TimeSpan.Zero);
    }
}
