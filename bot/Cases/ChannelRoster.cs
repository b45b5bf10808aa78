using System.Collections.Concurrent;
using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// Who is in a channel, from the connector's members API, cached briefly: membership changes in Teams
/// must reach the bot within minutes, but not every click should cost a roster call.
/// </summary>
public sealed class ChannelRoster(IConnectorClient connector, TimeProvider clock, IOptions<CaseOptions> options)
{
    private readonly ConcurrentDictionary<string, Snapshot> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> MemberObjectIdsAsync(CaseChannel channel, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(channel.ChannelId, out var cached) && cached.ExpiresAt > now) return cached.AadObjectIds;

        var members = await connector.GetConversationMembersAsync(channel.ServiceUrl, channel.ChannelId, cancellationToken);
        var ids = members.Select(m => m.AadObjectId).OfType<string>()
            .Select(id => id.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _cache[channel.ChannelId] = new Snapshot(ids, now + options.Value.RosterCacheDuration);
        return ids;
    }

    public async Task<IReadOnlyList<Protocol.Schema.TeamsChannelAccount>> MembersAsync(CaseChannel channel, CancellationToken cancellationToken) =>
        await connector.GetConversationMembersAsync(channel.ServiceUrl, channel.ChannelId, cancellationToken);

    private sealed record Snapshot(IReadOnlySet<string> AadObjectIds, DateTimeOffset ExpiresAt);
}
