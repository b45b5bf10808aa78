using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// People are identified by their home tenant and AAD object id. Staff of other organisations take part
/// through shared channels or guest access, where the activity names the host tenant; the channel roster
/// names their own. The allow-list lists the organisations whose staff may act.
/// </summary>
public sealed class AgencyTenants(ChannelRoster roster, IOptions<BotAuthOptions> options)
{
    public bool Allows(string tenantId) =>
        options.Value.AllowedTenants is not { Length: > 0 } allowed
        || allowed.Any(t => string.Equals(t, tenantId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The acting person with their home tenant (from the roster), and whether they are in the channel.</summary>
    public async Task<(BotUser Person, bool InChannel)> ResolveAsync(BotUser user, CaseChannel channel, CancellationToken cancellationToken)
    {
        var member = await roster.FindAsync(channel, user.AadObjectId, cancellationToken);
        var tenant = member?.TenantId is { Length: > 0 } home ? home.ToLowerInvariant() : user.TenantId;
        return (user with { TenantId = tenant }, member is not null);
    }
}
