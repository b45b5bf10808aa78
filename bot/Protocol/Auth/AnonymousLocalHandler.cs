using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// Admits callers on a loopback address without a token, and only in anonymous local mode. A request with no
/// remote address (an in-memory test server, a unix socket) is refused: it cannot be shown to be local.
/// </summary>
internal sealed class AnonymousLocalHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggers, UrlEncoder encoder, BotAuthMode mode)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    public const string ModeClaim = "bot_auth_mode";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!mode.IsAnonymousLocal)
        {
            return Task.FromResult(AuthenticateResult.Fail(AuthReasons.NotAuthenticated));
        }

        if (!ListenAddresses.IsLoopback(Context.Connection.RemoteIpAddress))
        {
            Log.AnonymousRequestRefused(Logger, AuthReasons.RemoteNotLoopback);
            return Task.FromResult(AuthenticateResult.Fail(AuthReasons.RemoteNotLoopback));
        }

        // A loopback caller is not always a local one: a tunnel or reverse proxy forwards from 127.0.0.1, and
        // a web page in the developer's browser can POST text/plain without a preflight.
        if (ForwardedOrForeign(Context.Request))
        {
            Log.AnonymousRequestRefused(Logger, AuthReasons.RemoteNotLoopback);
            return Task.FromResult(AuthenticateResult.Fail(AuthReasons.RemoteNotLoopback));
        }

        var identity = new ClaimsIdentity([new Claim(ModeClaim, "anonymous-local")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    private static bool ForwardedOrForeign(HttpRequest request) =>
        request.Headers.ContainsKey("Forwarded") || request.Headers.Keys.Any(h => h.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase))
        || !ListenAddresses.IsLoopbackHost(request.Host.Host)
        || (HttpMethods.IsPost(request.Method) && request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true);
}
