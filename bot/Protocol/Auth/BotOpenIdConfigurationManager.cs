using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// Caches the Bot Framework OpenID metadata and signing keys. Used instead of IdentityModel's
/// <c>ConfigurationManager</c> because that one refreshes in the background after <c>RequestRefresh</c>, so
/// the token handler's retry within the same request still sees the old keys and a freshly rotated key is
/// refused once. Here a requested refresh makes the next read fetch (one fetch for concurrent readers), so an
/// unknown <c>kid</c> is refreshed once and retried within the request; forced refreshes are rate-limited by
/// <see cref="BaseConfigurationManager.RefreshInterval"/> so that forged key ids cannot make the bot hammer
/// the metadata endpoint.
/// </summary>
public sealed class BotOpenIdConfigurationManager : BaseConfigurationManager, IConfigurationManager<OpenIdConnectConfiguration>
{
    /// <summary>The least time between two refreshes forced by unknown keys.</summary>
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(1);

    // A failed first fetch is retried no sooner than this, so an outage does not turn every request into a fetch.
    private static readonly TimeSpan FailedFirstFetchBackoff = TimeSpan.FromSeconds(1);

    private readonly IHttpClientFactory httpClients;
    private readonly bool requireHttps;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly SemaphoreSlim fetchGate = new(1, 1);
    private readonly Lock requestLock = new();
    private volatile OpenIdConnectConfiguration? current;
    private volatile bool refreshRequested;
    private DateTimeOffset refreshDue;
    private DateTimeOffset? lastForcedRefresh;
    private DateTimeOffset retryFirstFetchAfter;

    public BotOpenIdConfigurationManager(string metadataAddress, bool requireHttps, IHttpClientFactory httpClients,
        TimeProvider clock, ILogger<BotOpenIdConfigurationManager> logger)
    {
        MetadataAddress = metadataAddress;
        AutomaticRefreshInterval = DefaultAutomaticRefreshInterval;
        RefreshInterval = ForcedRefreshInterval;
        // A key dropped from the JWKS must stop validating at once, not linger as "last known good".
        UseLastKnownGoodConfiguration = false;
        this.requireHttps = requireHttps;
        this.httpClients = httpClients;
        this.clock = clock;
        this.logger = logger;
    }

    public override async Task<BaseConfiguration> GetBaseConfigurationAsync(CancellationToken cancel) =>
        await GetConfigurationAsync(cancel);

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (current is { } cached && !IsDue())
        {
            return cached;
        }

        await fetchGate.WaitAsync(cancel);
        try
        {
            // Another caller may have fetched while this one waited.
            if (current is { } fresh && !IsDue())
            {
                return fresh;
            }

            return await FetchAsync(cancel);
        }
        finally
        {
            fetchGate.Release();
        }
    }

    public override void RequestRefresh()
    {
        lock (requestLock)
        {
            var now = clock.GetUtcNow();
            if (lastForcedRefresh is { } last && now - last < RefreshInterval)
            {
                return;
            }

            lastForcedRefresh = now;
            refreshRequested = true;
        }
    }

    private bool IsDue() => refreshRequested || clock.GetUtcNow() >= refreshDue;

    private async Task<OpenIdConnectConfiguration> FetchAsync(CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        if (current is null && now < retryFirstFetchAfter)
        {
            throw new InvalidOperationException("The Bot Framework OpenID metadata could not be fetched; retrying shortly.");
        }

        try
        {
            var retriever = new HttpDocumentRetriever(httpClients.CreateClient(BotAuthDefaults.MetadataHttpClient))
            {
                RequireHttps = requireHttps,
            };
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataAddress, retriever, cancel);
            current = configuration;
            refreshDue = clock.GetUtcNow() + AutomaticRefreshInterval;
            refreshRequested = false;
            Log.SigningKeysFetched(logger, configuration.JsonWebKeySet?.Keys.Count ?? 0);
            return configuration;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            Log.SigningKeysFetchFailed(logger, exception.GetType().Name);
            refreshRequested = false;
            if (current is { } kept)
            {
                // Keep the keys we have and try again later rather than on every request.
                refreshDue = clock.GetUtcNow() + RefreshInterval;
                return kept;
            }

            retryFirstFetchAfter = clock.GetUtcNow() + FailedFirstFetchBackoff;
            throw;
        }
    }
}
