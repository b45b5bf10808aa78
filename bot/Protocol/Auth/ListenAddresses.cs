using System.Net;

namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// The addresses the server is configured to listen on (before it starts), and whether an address is loopback.
/// Anonymous local mode is only allowed when every one of them is.
/// </summary>
public static class ListenAddresses
{
    /// <summary>What Kestrel listens on when nothing is configured.</summary>
    public const string KestrelDefault = "http://localhost:5000";

    /// <summary>
    /// <c>urls</c> (set by <c>--urls</c> and <c>ASPNETCORE_URLS</c>) and <c>Kestrel:Endpoints:*:Url</c>; when
    /// <c>urls</c> is empty, <c>http_ports</c>/<c>https_ports</c> (<c>ASPNETCORE_HTTP_PORTS</c>, set in container
    /// images), which bind every interface. Kestrel lets configured endpoints override <c>urls</c>; both are
    /// listed here, so the answer errs towards "not loopback".
    /// </summary>
    public static IReadOnlyList<string> FromConfiguration(IConfiguration configuration)
    {
        var addresses = new List<string>(Split(configuration["urls"]));
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { } url && !string.IsNullOrWhiteSpace(url))
            {
                addresses.Add(url.Trim());
            }
        }

        if (string.IsNullOrWhiteSpace(configuration["urls"]))
        {
            addresses.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
            addresses.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        }
        return addresses.Count == 0 ? [KestrelDefault] : addresses;
    }

    /// <summary>
    /// True for <c>localhost</c>, 127.0.0.0/8 and [::1]. Kestrel binds every interface for <c>+</c>, <c>*</c>,
    /// 0.0.0.0, [::] and any other host name; unix sockets and pipes are not loopback TCP either, so all are false.
    /// </summary>
    public static bool IsLoopback(string url)
    {
        var text = url.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return false;
        }

        var authority = text[(schemeEnd + 3)..];
        var pathStart = authority.IndexOf('/');
        if (pathStart >= 0)
        {
            authority = authority[..pathStart];
        }

        string host;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            host = authority[1..close];
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon >= 0 ? authority[..colon] : authority;
        }

        return IsLoopbackHost(host);
    }

    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IsLoopback(address));

    public static bool IsLoopback(IPAddress? address) =>
        address is not null
        && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static IEnumerable<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
