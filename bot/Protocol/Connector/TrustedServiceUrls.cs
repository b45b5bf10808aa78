using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>
/// The service URLs the bot may send its token to: those configured in <c>Bot:TrustedServiceUrls</c> and those
/// learnt from authenticated activities. Learnt trust lives in memory only, so whoever reloads a conversation
/// reference that was stored from an authenticated activity calls <see cref="Trust"/> again after a restart.
/// URLs compare by scheme, host (ignoring case), port and path (ignoring one trailing slash); only https is
/// accepted, or http to a loopback host for local tools and tests.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> learnt = new(StringComparer.Ordinal);
    private readonly HashSet<string> configured = new(StringComparer.Ordinal);

    public TrustedServiceUrls(IOptions<ConnectorOptions> options)
    {
        foreach (var url in options.Value.TrustedServiceUrls)
        {
            if (TryNormalise(url, out var key))
                configured.Add(key);
        }
    }

    /// <summary>
    /// Trusts <paramref name="serviceUrl"/> from now on. Call only with the service URL of an activity that
    /// passed authentication, or of a conversation reference stored from one. False when it is not usable.
    /// </summary>
    public bool Trust(string? serviceUrl)
    {
        if (!TryNormalise(serviceUrl, out var key))
            return false;
        learnt.TryAdd(key, 0);
        return true;
    }

    public bool IsTrusted(string? serviceUrl) =>
        TryNormalise(serviceUrl, out var key) && (configured.Contains(key) || learnt.ContainsKey(key));

    /// <summary>The base for connector paths (ending in one slash) when the service URL is trusted.</summary>
    internal bool TryGetTrustedBase(string? serviceUrl, [NotNullWhen(true)] out Uri? baseUri)
    {
        baseUri = null;
        if (!TryNormalise(serviceUrl, out var key) || !(configured.Contains(key) || learnt.ContainsKey(key)))
            return false;
        baseUri = new Uri(key + "/", UriKind.Absolute);
        return true;
    }

    /// <summary><c>scheme://host:port/path</c>, lower-case host, without a trailing slash.</summary>
    public static bool TryNormalise(string? serviceUrl, [NotNullWhen(true)] out string? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri))
            return false;
        var secure = uri.Scheme == Uri.UriSchemeHttps;
        if (!secure && !(uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
            return false;
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return false;

        var path = uri.AbsolutePath;
        if (path.EndsWith('/'))
            path = path[..^1];
        key = $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}:{uri.Port}{path}";
        return true;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
