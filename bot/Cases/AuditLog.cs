using System.Text.Json;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// Who did what to which case and when: identifiers and event names only, never what was written
/// about the child. Append-only, so a record cannot be rewritten.
/// </summary>
public sealed class AuditLog(IAppendLog log, TimeProvider clock)
{
    public Task RecordAsync(string? caseRef, string eventName, Turn turn, string outcome, CancellationToken cancellationToken) =>
        AppendAsync(KeyFor(caseRef), caseRef, eventName, turn, outcome, cancellationToken);

    /// <summary>Events about a channel that is no case (an agency desk): kept in the channel's own log.</summary>
    public Task RecordChannelAsync(string channelId, string eventName, Turn turn, string outcome, CancellationToken cancellationToken) =>
        AppendAsync(StorageKey.Join("channels", StorageKey.Hash(channelId), "audit.log"), null, eventName, turn, outcome, cancellationToken);

    private Task AppendAsync(string key, string? caseRef, string eventName, Turn turn, string outcome, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry(
            clock.GetUtcNow(), eventName, caseRef, outcome,
            turn.User?.Key, turn.TenantId, StorageKey.Hash(turn.ConversationId), turn.CorrelationId);
        return log.AppendAsync(key, JsonSerializer.Serialize(entry, AuditJson), cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string? caseRef, CancellationToken cancellationToken) =>
        (await log.ReadLinesAsync(KeyFor(caseRef), cancellationToken))
            .Select(line => JsonSerializer.Deserialize<AuditEntry>(line, AuditJson)!)
            .ToArray();

    /// <summary>Refusals naming no valid, existing case still leave a trace, in a log of their own.</summary>
    private static string KeyFor(string? caseRef) =>
        caseRef is not null && CaseReferences.TryNormalise(caseRef, out var normal)
            ? StorageKey.Join("cases", normal, "audit.log")
            : StorageKey.Join("security", "refused.log");

    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);
}

public sealed record AuditEntry(
    DateTimeOffset At,
    string Event,
    string? CaseRef,
    string Outcome,
    string? Actor,
    string? Tenant,
    string Conversation,
    string CorrelationId);
