using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>Chooses the Azure.Identity credential for the configured app type. Nothing here touches the network.</summary>
internal static class BotCredentialFactory
{
    /// <summary>The tenant that issues tokens to (deprecated) multi-tenant bots.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>Null in anonymous local mode (no app id).</summary>
    public static TokenCredential? Create(ConnectorOptions options)
    {
        if (options.IsAnonymous)
            return null;
        var appId = options.MicrosoftAppId!;
        var authorityHost = options.TokenAuthorityHost ?? AzureAuthorityHosts.AzurePublicCloud;

        if (options.MicrosoftAppType == BotAppType.UserAssignedMsi)
        {
            var clientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? appId : options.ManagedIdentityClientId;
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        var tenant = TenantFor(options);
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                options.MicrosoftAppCertificatePath, options.MicrosoftAppCertificatePassword);
            return new ClientCertificateCredential(tenant, appId, certificate,
                new ClientCertificateCredentialOptions { AuthorityHost = authorityHost });
        }

        return new ClientSecretCredential(tenant, appId, options.MicrosoftAppPassword,
            new ClientSecretCredentialOptions { AuthorityHost = authorityHost });
    }

    /// <summary>The tenant whose token endpoint issues the bot's token.</summary>
    public static string TenantFor(ConnectorOptions options) => options.MicrosoftAppType switch
    {
        BotAppType.MultiTenant => MultiTenantAuthority,
        BotAppType.SingleTenant => options.MicrosoftAppTenantId
            ?? throw new InvalidOperationException("Bot:MicrosoftAppTenantId is required for SingleTenant."),
        _ => throw new InvalidOperationException($"{options.MicrosoftAppType} has no client-credential tenant."),
    };
}
