using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>An event the fake holds: the organiser, the transaction it was made for, and its JSON as Graph would return it.</summary>
public sealed record FakeGraphEvent(
    string Id,
    string Organiser,
    string? TransactionId,
    JsonObject Json,
    bool IsCancelled,
    string? CancelComment);
