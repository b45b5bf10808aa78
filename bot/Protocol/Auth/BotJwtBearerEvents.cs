using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// Logs why a token was refused (exception type only: messages may quote token parts) and keeps what the
/// body checks need from an accepted token.
/// </summary>
internal sealed class BotJwtBearerEvents(ILogger logger) : JwtBearerEvents
{
    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        Log.TokenRejected(logger, AuthReasons.TokenInvalid, context.Exception.GetType().Name);
        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        if (context.SecurityToken is not JsonWebToken token)
        {
            context.Fail(AuthReasons.TokenInvalid);
            return Task.CompletedTask;
        }

        var serviceUrl = token.TryGetPayloadValue<string>(BotAuthDefaults.ServiceUrlClaim, out var claim) ? claim : null;
        var keyId = token.SigningKey?.KeyId ?? token.Kid;
        context.HttpContext.Features.Set(new BotTokenFeature(serviceUrl, keyId));
        return Task.CompletedTask;
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is null)
        {
            Log.TokenMissing(logger, AuthReasons.TokenMissing);
        }

        return Task.CompletedTask;
    }
}
