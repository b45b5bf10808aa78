using System.Text.Json;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// A timer as its handler receives it. <see cref="Id"/> is the id it was scheduled with, the same on every
/// delivery, so that a handler keys its effects on it (a marker created with If-None-Match, an activity id)
/// and a second delivery, after an instance died mid-way, changes nothing. <see cref="Attempt"/> counts from 1.
/// </summary>
public sealed record TimerFired(string Id, string Kind, DateTimeOffset DueAt, JsonElement? Payload, int Attempt,
    DateTimeOffset FiredAt)
{
    public T PayloadAs<T>() => Payload is { } payload
        ? payload.Deserialize<T>(StorageJson.Options)
            ?? throw new InvalidOperationException($"Timer {Id} has a null payload.")
        : throw new InvalidOperationException($"Timer {Id} has no payload.");
}
