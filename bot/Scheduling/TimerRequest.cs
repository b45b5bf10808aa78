using System.Text.Json;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// A timer to set. <paramref name="Id"/> is chosen by the caller and makes scheduling idempotent: a second
/// request with the same id (while the first is pending, or after it fired) changes nothing, so a feature
/// names its timers after what they are for (<c>referral/{ref}/decision-due</c>), and a recurring reminder
/// gives each occurrence its own id. <paramref name="Kind"/> names the <see cref="ITimerHandler"/> that fires it.
/// <paramref name="Payload"/> is small JSON holding ids only, never text about people.
/// </summary>
public sealed record TimerRequest(string Id, string Kind, DateTimeOffset DueAt, JsonElement? Payload = null);
