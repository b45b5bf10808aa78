namespace CaseCoordinatorBot.Graph;

/// <summary>
/// Microsoft Graph settings for conferences, bound from the <c>Graph</c> section. Without an identity of its
/// own, Graph is called with the bot's app identity (section <c>Bot</c>), which then needs the Graph
/// application permissions <c>Calendars.ReadWrite</c> and <c>Calendars.ReadBasic.All</c>.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>The service root, version included; http is accepted for loopback (a test fake) only.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Area (e.g. a local authority's district) to the mailbox that organises its conferences.</summary>
    public Dictionary<string, string> Organisers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A user-assigned managed identity that holds the Graph permissions, when it is not the bot's own.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// The tenant whose mailboxes are used, for the bot's client credential. Required when the bot is
    /// MultiTenant (its own tokens come from botframework.com, which Graph does not accept).
    /// </summary>
    public string? TenantId { get; set; }

    /// <summary>The bound of one call, retries and their waits included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after 429, 503 or 504 (the SDK's retry handler allows at most 10).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off when the answer has no Retry-After; later ones double. Whole seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    public bool TryGetOrganiser(string area, out string mailbox) =>
        Organisers.TryGetValue(area, out mailbox!) && !string.IsNullOrWhiteSpace(mailbox);
}
