namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>How the bot's Entra app proves who it is when it calls the connector.</summary>
public enum BotAppType
{
    SingleTenant,

    /// <summary>Configured as <c>UserAssignedMSI</c>; configuration binding ignores case.</summary>
    UserAssignedMsi,

    /// <summary>Deprecated for new bots; tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,
}

/// <summary>
/// Outbound connector settings, bound from the <c>Bot</c> section. An empty <see cref="MicrosoftAppId"/> is
/// anonymous local mode: no token is asked for and no Authorization header is sent.
/// </summary>
public sealed class ConnectorOptions
{
    public const string Section = "Bot";

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A PFX file used in place of <see cref="MicrosoftAppPassword"/>.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>The PFX file's password, when it has one.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>For <see cref="BotAppType.UserAssignedMsi"/>; defaults to <see cref="MicrosoftAppId"/>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The Entra authority host; the Azure public cloud when unset.</summary>
    public Uri? TokenAuthorityHost { get; set; }

    /// <summary>Service URLs trusted without having been seen on an authenticated activity.</summary>
    public string[] TrustedServiceUrls { get; set; } = [];

    /// <summary>The timeout of one attempt; retries each get their own.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per call, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first back-off delay; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts. A Retry-After longer than this is not waited for.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Members asked for per page (Teams accepts 50 to 500).</summary>
    public int MemberPageSize { get; set; } = 500;

    /// <summary>A bound on pages followed, so that a looping continuation token cannot hold a call forever.</summary>
    public int MaxMemberPages { get; set; } = 100;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
