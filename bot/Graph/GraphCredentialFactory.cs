using Azure.Core;
using Azure.Identity;
using CaseCoordinatorBot.Protocol.Connector;

namespace CaseCoordinatorBot.Graph;

/// <summary>
/// Chooses the Azure.Identity credential for Graph: a managed identity of its own when configured, otherwise
/// the bot's app identity (the same choice as the connector's), in <see cref="GraphOptions.TenantId"/> when set.
/// </summary>
internal static class GraphCredentialFactory
{
    /// <summary>Null when neither Graph nor the bot has an identity (anonymous local mode).</summary>
    public static TokenCredential? Create(GraphOptions graph, ConnectorOptions bot)
    {
        if (!string.IsNullOrWhiteSpace(graph.ManagedIdentityClientId))
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(graph.ManagedIdentityClientId));
        if (bot.IsAnonymous)
            return null;
        if (string.IsNullOrWhiteSpace(graph.TenantId))
            return BotCredentialFactory.Create(bot);

        // The bot's client credential, asked of the mailboxes' tenant rather than the bot's token tenant.
        return BotCredentialFactory.Create(new ConnectorOptions
        {
            MicrosoftAppType = BotAppType.SingleTenant,
            MicrosoftAppId = bot.MicrosoftAppId,
            MicrosoftAppPassword = bot.MicrosoftAppPassword,
            MicrosoftAppCertificatePath = bot.MicrosoftAppCertificatePath,
            MicrosoftAppCertificatePassword = bot.MicrosoftAppCertificatePassword,
            MicrosoftAppTenantId = graph.TenantId,
            TokenAuthorityHost = bot.TokenAuthorityHost,
        });
    }
}
