namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>Names shared by the bot endpoint and the authentication set-up.</summary>
public static class BotAuthDefaults
{
    /// <summary>The authorization policy of <c>POST /api/messages</c>: <c>.RequireAuthorization(BotAuthDefaults.Policy)</c>.</summary>
    public const string Policy = "BotFramework";

    /// <summary>JWT bearer scheme for Bot Framework tokens.</summary>
    public const string JwtScheme = "BotFrameworkJwt";

    /// <summary>Scheme that admits loopback callers without a token, in anonymous local mode only.</summary>
    public const string AnonymousLocalScheme = "BotAnonymousLocal";

    /// <summary>Named <see cref="HttpClient"/> that fetches the OpenID metadata and signing keys.</summary>
    public const string MetadataHttpClient = "BotOpenIdMetadata";

    /// <summary>The token claim that must equal the activity's <c>serviceUrl</c>.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The JWKS key property listing the channels the key may sign for.</summary>
    public const string EndorsementsProperty = "endorsements";
}
