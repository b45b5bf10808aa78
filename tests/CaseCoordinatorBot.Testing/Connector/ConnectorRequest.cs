using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Testing.Connector;

/// <summary>
/// One request the fake connector received. <see cref="Path"/> has its segments percent-decoded;
/// <see cref="RawTarget"/> is the path and query exactly as sent, to check the encoding.
/// </summary>
public sealed record ConnectorRequest(
    string Method,
    string Path,
    string RawTarget,
    IReadOnlyDictionary<string, string> Query,
    string? Authorization,
    JsonNode? Body,
    DateTimeOffset ReceivedAt);
