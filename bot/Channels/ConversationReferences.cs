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
    /// <summary>
    /// Stores (or refreshes: the service URL can change) the reference; true the first time this
    /// conversation is seen, since Teams (and the Playground) repeat installs.
    /// </summary>
    public async Task<bool> TryAddAsync(Turn turn, CancellationToken cancellationToken)
    {
        var reference = turn.Activity.GetConversationReference() with { ActivityId = null };
        var now = clock.GetUtcNow();
        var first = false;
        await store.UpdateAsync<StoredConversation>(KeyFor(turn.ConversationId.Split(';')[0]), current =>
        {
            first = current is null;
            return new StoredConversation(reference, turn.TenantId, turn.TeamId, turn.ChannelId, current?.InstalledAt ?? now);
        }, cancellationToken);
        return first;
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
