using System.Globalization;
using System.Text.Json;
using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.MyWork;

/// <summary>What a digest timer carries: whose digest, and the time it was set for (a later change of time starts another chain).</summary>
public sealed record DigestTimer(string UserKey, string At);

/// <summary>
/// The chain of a person's morning digests: one timer at a time, at their chosen local time on the next working day.
/// Timer ids name the person and the instant, so setting the same digest twice sets it once.
/// </summary>
public sealed class MorningDigest(DigestStore store, ITimerScheduler timers, WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>The first working-day instant at <paramref name="at"/> (local time) after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextAfter(WorkingDayCalendar calendar, TimeOnly at, DateTimeOffset after)
    {
        for (var day = calendar.LocalDay(after); ; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day)) continue;
            var instant = calendar.At(day, at);
            if (instant > after) return instant;
        }
    }

    public async Task ScheduleNextAsync(string userKey, TimeOnly at, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var due = NextAfter(calendar, at, after);
        var id = $"digest-{StorageKey.Hash(userKey)}-{due.UtcDateTime:yyyyMMddHHmm}";
        await timers.ScheduleAsync(new TimerRequest(id, MorningDigestDue.Kind, due,
            JsonSerializer.SerializeToElement(new DigestTimer(userKey, Format(at)), StorageJson.Options)), cancellationToken);
    }

    /// <summary>
    /// Remembers the person's personal chat, and the first time starts their digest at the default time (on: the
    /// digest is how overdue work finds people who do not open the list). One read when nothing changed.
    /// </summary>
    public async Task<DigestSettings?> RememberAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!turn.IsPersonal || turn.User is not { } user || turn.ServiceUrl.Length == 0) return null;
        var chat = new PersonalChat(turn.ServiceUrl, turn.ConversationId);
        var current = await store.FindAsync(user.Key, cancellationToken);
        if (current is not null && current.Chat == chat) return current;
        var first = current is null;
        var saved = await store.UpdateAsync(user.Key, c => c is null
            ? new DigestSettings(true, DigestSettings.DefaultTime, chat, user.TenantId, user.AadObjectId, null)
            : c with { Chat = chat }, cancellationToken);
        if (first && saved.Enabled) await ScheduleNextAsync(user.Key, saved.At, clock.GetUtcNow(), cancellationToken);
        return saved;
    }

    public static string Format(TimeOnly at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A time as typed or sent by the card ("7:30", "07:30", "07:30:00"), within the allowed hours, or null.</summary>
    public static TimeOnly? ParseTime(string? text)
    {
        if (!TimeOnly.TryParseExact((text ?? "").Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return null;
        return at >= DigestSettings.EarliestTime && at <= DigestSettings.LatestTime ? at : null;
    }
}
