using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace CaseCoordinatorBot.Graph;

/// <summary>
/// The Graph SDK's authentication provider, one per process so that the credential's token cache is shared.
/// Tokens are sent only to the configured Graph host: the SDK's default host list would silently send none
/// to any other (a national cloud, or a loopback fake in tests).
/// </summary>
public sealed class GraphAuthentication
{
    public const string DefaultScope = "https://graph.microsoft.com/.default";

    public GraphAuthentication(TokenCredential? credential, string baseUrl)
    {
        var uri = new Uri(baseUrl);
        // A national cloud's Graph host is its own audience; a loopback fake takes the public one.
        var scope = uri.Scheme == Uri.UriSchemeHttps ? uri.GetLeftPart(UriPartial.Authority) + "/.default" : DefaultScope;
        Provider = credential is null
            ? new AnonymousAuthenticationProvider()
            : new AzureIdentityAuthenticationProvider(credential, allowedHosts: [uri.Host], scopes: [scope]);
    }

    public IAuthenticationProvider Provider { get; }
}
