using Azure.Core;
using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>
/// Asks an Azure.Identity credential for the connector token and keeps it until five minutes before it
/// expires. Concurrent callers share one refresh, so a burst of sends costs one token request.
/// </summary>
internal sealed class BotTokenProvider(TokenCredential? credential, TimeProvider clock, ILogger<BotTokenProvider> logger)
    : IBotTokenProvider, IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private static readonly TokenRequestContext Request = new([Scope]);
    private readonly SemaphoreSlim refresh = new(1, 1);
    private volatile CachedToken? cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
            return null;
        if (Fresh(cached) is { } token)
            return token;

        await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (Fresh(cached) is { } refreshed)
                return refreshed;

            var access = await credential.GetTokenAsync(Request, cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            var lifetime = access.ExpiresOn - now;
            // A token shorter-lived than twice the margin is kept for half its life rather than not at all.
            var margin = lifetime < 2 * RefreshMargin ? lifetime / 2 : RefreshMargin;
            cached = new CachedToken(access.Token, access.ExpiresOn - margin);
            Log.TokenAcquired(logger, access.ExpiresOn);
            return access.Token;
        }
        finally
        {
            refresh.Release();
        }
    }

    public void Dispose() => refresh.Dispose();

    private string? Fresh(CachedToken? token) =>
        token is not null && clock.GetUtcNow() < token.RefreshAt ? token.Value : null;

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
