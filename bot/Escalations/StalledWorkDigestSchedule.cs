using System.Text.Json;
using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Escalations;

/// <summary>The payload of the weekly digest timer: the Monday of the week it is for.</summary>
public sealed record StalledWorkWeek(DateOnly Week);

/// <summary>
/// When the digest goes out: on the configured weekday at the configured London time, or on the next working day when
/// that day is a bank holiday. One timer per week, named after the week, so that every instance scheduling it (when
/// an item opens, see <see cref="StalledWorkDigestIndexing"/>), and the digest scheduling the next, set it once.
/// </summary>
public sealed class StalledWorkDigestSchedule(WorkingDayCalendar calendar, IOptions<StalledWorkDigestOptions> options)
{
    /// <summary>The first digest strictly after <paramref name="after"/>, and the Monday of its week.</summary>
    public (DateTimeOffset At, DateOnly Week) NextAfter(DateTimeOffset after)
    {
        var settings = options.Value;
        var today = calendar.LocalDay(after);
        for (var week = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)); ; week = week.AddDays(7))
        {
            var day = week.AddDays(((int)settings.Day + 6) % 7);
            while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
            var at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(settings.At), calendar.Zone), TimeSpan.Zero);
            if (at > after) return (at, week);
        }
    }

    public Task<bool> ScheduleNextAsync(ITimerScheduler timers, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var (at, week) = NextAfter(after);
        return timers.ScheduleAsync(new TimerRequest(WeekTimerId(week), StalledWorkDigestDue.Kind, at,
            JsonSerializer.SerializeToElement(new StalledWorkWeek(week), StorageJson.Options)), cancellationToken);
    }

    public static string WeekTimerId(DateOnly week) =>
        "stalled-digest-" + week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string DeskTimerId(DateOnly week, string deskChannelId) =>
        WeekTimerId(week) + "-" + StorageKey.Hash(deskChannelId);
}
