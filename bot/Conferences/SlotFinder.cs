namespace CaseCoordinatorBot.Conferences;

/// <summary>What to search: required and optional invitees' availability, the window and the working week.</summary>
public sealed record SlotQuery(
    IReadOnlyList<AttendeeAvailability> Required,
    IReadOnlyList<AttendeeAvailability> Optional,
    DateTimeOffset Earliest,
    DateTimeOffset DueBy,
    TimeSpan Duration,
    TimeSpan Step,
    TimeOnly DayStart,
    TimeOnly DayEnd,
    TimeZoneInfo Zone,
    Func<DateOnly, bool> IsWorkingDay,
    int Count = 3);

/// <summary>A slot offered: UTC instants, and how many optional invitees are busy then.</summary>
public sealed record ProposedSlot(DateTimeOffset Start, DateTimeOffset End, int OptionalBusy);

/// <summary>A required invitee whose busy time covers <paramref name="SlotsBlocked"/> of the candidate slots.</summary>
public sealed record SlotBlocker(string Address, int SlotsBlocked);

/// <summary>
/// The best slots, or none with who blocks them. <paramref name="Candidates"/> is how many slots the working hours
/// before the due date held at all: none means the due date leaves no time, not that someone blocks.
/// <paramref name="NotVisible"/> are invitees whose calendars could not be read: they never block.
/// </summary>
public sealed record SlotResult(
    IReadOnlyList<ProposedSlot> Slots,
    IReadOnlyList<SlotBlocker> Blockers,
    IReadOnlyList<string> NotVisible,
    int Candidates);

/// <summary>
/// Finds meeting slots. Pure: candidates start at the working-hours start and every step after it on each working
/// day, in the calendar's zone (so 09:00 is 09:00 in BST and in GMT), end within working hours, start no earlier than
/// <see cref="SlotQuery.Earliest"/> and end by <see cref="SlotQuery.DueBy"/>. A slot is offered only when every
/// required invitee whose calendar is visible is free for all of it; among those, slots where fewer optional
/// invitees are busy come first, then earlier ones.
/// </summary>
public static class SlotFinder
{
    public static SlotResult Find(SlotQuery query)
    {
        var visible = query.Required.Where(a => a.Known).ToArray();
        var notVisible = query.Required.Concat(query.Optional).Where(a => !a.Known).Select(a => a.Address).Distinct().ToArray();
        var optional = query.Optional.Where(a => a.Known).ToArray();
        var candidates = Candidates(query).ToArray();

        var free = candidates
            .Where(c => visible.All(a => !IsBusy(a, c.Start, c.End)))
            .Select(c => c with { OptionalBusy = optional.Count(a => IsBusy(a, c.Start, c.End)) })
            .OrderBy(c => c.OptionalBusy).ThenBy(c => c.Start)
            .Take(query.Count)
            .OrderBy(c => c.Start)
            .ToArray();
        if (free.Length > 0 || candidates.Length == 0)
            return new SlotResult(free, [], notVisible, candidates.Length);

        var blockers = visible
            .Select(a => new SlotBlocker(a.Address, candidates.Count(c => IsBusy(a, c.Start, c.End))))
            .Where(b => b.SlotsBlocked > 0)
            .OrderByDescending(b => b.SlotsBlocked).ThenBy(b => b.Address, StringComparer.Ordinal)
            .ToArray();
        return new SlotResult([], blockers, notVisible, candidates.Length);
    }

    /// <summary>Every slot the working hours allow in the window, earliest first.</summary>
    public static IEnumerable<ProposedSlot> Candidates(SlotQuery query)
    {
        if (query.Duration <= TimeSpan.Zero || query.Step <= TimeSpan.Zero || query.DueBy <= query.Earliest) yield break;
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(query.Earliest, query.Zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(query.DueBy, query.Zone).DateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!query.IsWorkingDay(day)) continue;
            for (var time = query.DayStart.ToTimeSpan(); time + query.Duration <= query.DayEnd.ToTimeSpan(); time += query.Step)
            {
                var local = day.ToDateTime(TimeOnly.FromTimeSpan(time), DateTimeKind.Unspecified);
                // Working hours never meet the clock change in the small hours; a zone where they do skips the lost hour.
                if (query.Zone.IsInvalidTime(local)) continue;
                var start = new DateTimeOffset(local, query.Zone.GetUtcOffset(local)).ToUniversalTime();
                var end = start + query.Duration;
                if (start < query.Earliest || end > query.DueBy) continue;
                yield return new ProposedSlot(start, end, 0);
            }
        }
    }

    public static bool IsBusy(AttendeeAvailability availability, DateTimeOffset start, DateTimeOffset end) =>
        availability.Known && availability.Busy.Any(b => b.Start < end && start < b.End);
}
