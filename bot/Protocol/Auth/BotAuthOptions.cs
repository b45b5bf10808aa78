namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// The bot's identity and the rules for inbound tokens, bound from the <c>Bot</c> configuration section.
/// Other capabilities bind their own options from the same section; unknown keys are ignored here.
/// </summary>
public sealed class BotAuthOptions
{
    public const string Section = "Bot";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>SingleTenant, UserAssignedMSI or MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app id: the audience of every inbound token. Without it the bot can only run anonymously on loopback.</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>https, or http only when the host is loopback (tests point this at a local issuer).</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>
    /// Issuers accepted besides the metadata's own; empty means <see cref="BotFrameworkIssuer"/>. Null rather than
    /// pre-filled because the configuration binder appends to an array that already has items.
    /// </summary>
    public string[]? ValidIssuers { get; set; }

    /// <summary>Tenants whose activities the bot acts on. May be empty only in anonymous local mode.</summary>
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>Tolerance on token lifetimes; at most <see cref="MaxClockSkew"/>.</summary>
    public TimeSpan ClockSkew { get; set; } = MaxClockSkew;

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IReadOnlyList<string> EffectiveIssuers => ValidIssuers is { Length: > 0 } ? ValidIssuers : [BotFrameworkIssuer];

    /// <summary>Whether the metadata may be fetched over plain http: only from a loopback host.</summary>
    public bool MetadataOverLoopbackHttp =>
        Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.IsLoopback;
}
