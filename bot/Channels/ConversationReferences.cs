using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Channels;

/// <summary>
/// Where the bot can post later without being spoken to (nudges, status updates). Stored when the bot is
/// installed, and only from authenticated activities, so the service URL in it may be trusted again.
/// </summary>
public sealed class ConversationReferences(IDocumentStore store, TimeProvider clock)
{
    /// <summary>True the first time this conversation is seen: Teams (and the Playground) repeat installs.</summary>
    public Task<bool> TryAddAsync(Turn turn, CancellationToken cancellationToken)
    {
        var reference = turn.Activity.GetConversationReference() with { ActivityId = null };
        var stored = new StoredConversation(reference, turn.TenantId, turn.TeamId, turn.ChannelId, clock.GetUtcNow());
        return store.TryCreateAsync(KeyFor(turn.ConversationId.Split(';')[0]), stored, cancellationToken);
    }

    public async Task<StoredConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<StoredConversation>(KeyFor(conversationId), cancellationToken))?.Value;

    private static string KeyFor(string conversationId) => StorageKey.Join("conversations", StorageKey.Hash(conversationId) + ".json");
}

public sealed record StoredConversation(
    ConversationReference Reference,
    string? TenantId,
    string? TeamId,
    string? ChannelId,
    DateTimeOffset InstalledAt);
