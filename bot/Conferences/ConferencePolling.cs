using System.Globalization;
using System.Text.Json;
using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

/// <summary>What a poll timer carries: ids only.</summary>
public sealed record ConferencePoll(string CaseRef, string ConferenceId);

/// <summary>
/// Replies are read once every working day, at the start of working hours, from the day after booking until the
/// meeting: each poll sets the next, with an id per day so that a repeated poll never sets two.
/// </summary>
public sealed class ConferencePolling(ITimerScheduler timers, ConferenceRules rules, WorkingDayCalendar calendar, IOptions<ConferenceOptions> options,
    TimeProvider clock)
{
    /// <summary>The first poll, and the request for contributions where the type asks for them (due now if that time has passed).</summary>
    public async Task StartAsync(Conference conference, CancellationToken cancellationToken)
    {
        await ScheduleNextAsync(conference, cancellationToken);
        if (rules.ContributionRequestAt(conference) is { } at)
            await timers.ScheduleAsync(new TimerRequest(
                $"conference/{conference.CaseRef}/{conference.Id}/contributions",
                ContributionsDue.Kind, at,
                JsonSerializer.SerializeToElement(new ConferencePoll(conference.CaseRef, conference.Id), StorageJson.Options)), cancellationToken);
        if (rules.SharingDeadline(conference) is { } deadline)
            await timers.ScheduleAsync(new TimerRequest(
                $"conference/{conference.CaseRef}/{conference.Id}/contributions-nudge",
                ContributionsNudgeDue.Kind, rules.StartOfWorkingDay(deadline),
                JsonSerializer.SerializeToElement(new ConferencePoll(conference.CaseRef, conference.Id), StorageJson.Options)), cancellationToken);
        if (rules.BriefingAt(conference) is { } briefing)
            await timers.ScheduleAsync(new TimerRequest(
                $"conference/{conference.CaseRef}/{conference.Id}/briefing",
                ChairBriefingDue.Kind, briefing,
                JsonSerializer.SerializeToElement(new ConferencePoll(conference.CaseRef, conference.Id), StorageJson.Options)), cancellationToken);
    }

    public async Task ScheduleNextAsync(Conference conference, CancellationToken cancellationToken)
    {
        if (conference.Meeting is not { } meeting) return;
        var day = calendar.AddWorkingDays(calendar.LocalDay(clock.GetUtcNow()), 1);
        var local = day.ToDateTime(options.Value.WorkingHoursStart, DateTimeKind.Unspecified);
        var at = new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
        if (at >= meeting.Start) return;
        await timers.ScheduleAsync(new TimerRequest(
            $"conference/{conference.CaseRef}/{conference.Id}/poll/{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            ConferencePollDue.Kind, at,
            JsonSerializer.SerializeToElement(new ConferencePoll(conference.CaseRef, conference.Id), StorageJson.Options)), cancellationToken);
    }
}
