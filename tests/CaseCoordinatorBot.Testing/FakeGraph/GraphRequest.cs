using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>
/// One request the fake Graph received. <see cref="Path"/> is after <c>/v1.0</c> with its segments
/// percent-decoded; <see cref="RawTarget"/> is exactly as sent. <see cref="ReceivedAt"/> is the system clock,
/// so gaps between attempts (Retry-After) can be measured.
/// </summary>
public sealed record GraphRequest(
    string Method,
    string Path,
    string RawTarget,
    IReadOnlyDictionary<string, string> Query,
    string? Authorization,
    string? Prefer,
    string? RetryAttempt,
    JsonNode? Body,
    DateTimeOffset ReceivedAt);
