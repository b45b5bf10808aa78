using System.Text.Json;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Escalations;

/// <summary>The payload of one desk's digest timer.</summary>
public sealed record StalledWorkDeskTimer(DateOnly Week, string DeskChannelId);

/// <summary>
/// The week's digest is due: one timer per desk (so that each desk's card is sent once, whichever instance fires it,
/// and a failing desk does not hold up the others), then the next week's digest. Repeating this changes nothing: the
/// timers are named after the week and the desk.
/// </summary>
public sealed class StalledWorkDigestDue(CaseStore cases, ITimerScheduler timers, StalledWorkDigestSchedule schedule, TimeProvider time,
    ILogger<StalledWorkDigestDue> logger) : ITimerHandler
{
    public static string Kind => "escalation.stalledWorkDigest";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var week = timer.PayloadAs<StalledWorkWeek>().Week;
        var desks = new List<ChannelLink>();
        foreach (var kind in Enum.GetValues<DeskKind>())
            desks.AddRange(await cases.ListDesksAsync(kind, cancellationToken));
        Log.StalledWorkDigestStarted(logger, week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), desks.Count);
        foreach (var desk in desks)
            await timers.ScheduleAsync(new TimerRequest(StalledWorkDigestSchedule.DeskTimerId(week, desk.Channel.ChannelId),
                StalledWorkDigestDeskDue.Kind, timer.DueAt,
                JsonSerializer.SerializeToElement(new StalledWorkDeskTimer(week, desk.Channel.ChannelId), StorageJson.Options)), cancellationToken);
        // After a long downtime, the next one from now, not a catch-up digest for every week missed.
        var now = time.GetUtcNow();
        await schedule.ScheduleNextAsync(timers, now > timer.DueAt ? now : timer.DueAt, cancellationToken);
    }
}
