using System.Collections.Concurrent;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// Who is in a channel, from the connector's members API, cached briefly: membership changes in Teams
/// must reach the bot within minutes, but not every click should cost a roster call.
/// </summary>
public sealed class ChannelRoster(IConnectorClient connector, TrustedServiceUrls trustedServiceUrls, TimeProvider clock, IOptions<CaseOptions> options)
{
    private readonly ConcurrentDictionary<string, Snapshot> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<TeamsChannelAccount>> MembersAsync(CaseChannel channel, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(channel.ChannelId, out var cached) && cached.ExpiresAt > now) return cached.Members;

        // The URL was stored from an authenticated activity when the channel was linked; trust learnt at
        // run time does not survive a restart, so it is renewed here.
        trustedServiceUrls.Trust(channel.ServiceUrl);
        var members = await connector.GetConversationMembersAsync(channel.ServiceUrl, channel.ChannelId, cancellationToken);
        _cache[channel.ChannelId] = new Snapshot(members, now + options.Value.RosterCacheDuration);
        return members;
    }

    /// <summary>The AAD object ids (lower case) of everyone in the channel.</summary>
    public async Task<IReadOnlySet<string>> MemberObjectIdsAsync(CaseChannel channel, CancellationToken cancellationToken) =>
        (await MembersAsync(channel, cancellationToken)).Select(m => m.AadObjectId).OfType<string>()
            .Select(id => id.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The member with this AAD object id, or null when they are not in the channel.</summary>
    public async Task<TeamsChannelAccount?> FindAsync(CaseChannel channel, string aadObjectId, CancellationToken cancellationToken) =>
        (await MembersAsync(channel, cancellationToken))
            .FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Forgets every cached roster: someone left a team or channel, and from now on every action re-reads who is in it.
    /// (All are dropped because Teams names the team, not each channel whose roster the team's membership decides.)
    /// </summary>
    public void Forget() => _cache.Clear();

    private sealed record Snapshot(IReadOnlyList<TeamsChannelAccount> Members, DateTimeOffset ExpiresAt);
}
