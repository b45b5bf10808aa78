using System.Text.Json;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// A pending timer in its due bucket. <see cref="ClaimedBy"/>/<see cref="ClaimedUntil"/> mark it as being fired;
/// <see cref="NotBefore"/> holds it back after a failed attempt; <see cref="LastError"/> is an exception type
/// name, never a message (messages may quote what a handler was working on).
/// </summary>
internal sealed record TimerRecord(
    string Id,
    string Kind,
    DateTimeOffset DueAt,
    JsonElement? Payload,
    int Attempts = 0,
    string? ClaimedBy = null,
    DateTimeOffset? ClaimedUntil = null,
    DateTimeOffset? NotBefore = null,
    string? LastError = null)
{
    public bool IsHeldAt(DateTimeOffset now) => ClaimedBy is not null && ClaimedUntil > now;
}

internal enum TimerState
{
    Scheduled,
    Fired,
    Failed,
}

/// <summary>
/// The one record per timer id, found by id: it makes scheduling idempotent (created with If-None-Match),
/// says where the pending timer is, and stays behind as <see cref="TimerState.Fired"/> so that the same id is
/// never scheduled, and so fired, again.
/// </summary>
internal sealed record TimerIndexEntry(
    string Id,
    string Kind,
    DateTimeOffset DueAt,
    JsonElement? Payload,
    string DueKey,
    TimerState State,
    DateTimeOffset? FinishedAt = null)
{
    public TimerRecord ToRecord() => new(Id, Kind, DueAt, Payload);
}
