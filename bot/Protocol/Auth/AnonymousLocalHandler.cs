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

        var identity = new ClaimsIdentity([new Claim(ModeClaim, "anonymous-local")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
