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
    IDocumentStore store, TimeProvider clock) : ICaseLinked
{
    public static string TimerId(string caseRef, int round) => "concern-prompt-" + StorageKey.Hash($"{caseRef}\n{round}");

    public Task CaseLinkedAsync(CaseFile file, CancellationToken cancellationToken) =>
        ScheduleAsync(file.CaseRef, 1, cancellationToken);

    /// <param name="everyWorkingDays">The gap to this round: the configured rhythm unless a monitoring period asks for daily.</param>
    public Task ScheduleAsync(string caseRef, int round, CancellationToken cancellationToken, int? everyWorkingDays = null) =>
        timers.ScheduleAsync(new TimerRequest(TimerId(caseRef, round), PromptDue.Kind, NextPromptAt(everyWorkingDays),
            JsonSerializer.SerializeToElement(new PromptTimer(caseRef, round), StorageJson.Options)), cancellationToken);

    /// <summary>
    /// A monitoring period has begun: the next round moves to the next working day (it was set for the usual rhythm),
    /// and each round after it follows daily while the period runs.
    /// </summary>
    public async Task PromptDailyFromTomorrowAsync(string caseRef, CancellationToken cancellationToken)
    {
        var rounds = (await store.ReadAsync<PromptRounds>(PromptDue.RoundsKey(caseRef), cancellationToken))?.Value ?? PromptRounds.Empty;
        var next = rounds.Rounds.Count == 0 ? 1 : rounds.Rounds.Max(r => r.Number) + 1;
        await timers.CancelAsync(TimerId(caseRef, next), cancellationToken);
        await ScheduleAsync(caseRef, next, cancellationToken, everyWorkingDays: 1);
    }

    /// <summary>The configured time of day, the configured (or given) number of working days from today.</summary>
    public DateTimeOffset NextPromptAt(int? everyWorkingDays = null)
    {
        var day = calendar.AddWorkingDays(calendar.LocalDay(clock.GetUtcNow()), everyWorkingDays ?? options.Value.EveryWorkingDays);
        var local = day.ToDateTime(options.Value.At, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, calendar.Zone), TimeSpan.Zero);
    }
}
