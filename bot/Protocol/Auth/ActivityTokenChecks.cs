using System.Text.Json;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// The checks that need the activity, run by the endpoint after deserialising it: the token's
/// <c>serviceurl</c> equals the activity's, the signing key is endorsed for the activity's channel, and the
/// tenant is allowed. In anonymous local mode the service URL must be loopback instead. Failures are logged
/// with their reason code here, so the endpoint only answers <see cref="AuthCheck.StatusCode"/>.
/// </summary>
public sealed class ActivityTokenChecks(
    BotAuthMode mode,
    IOptions<BotAuthOptions> options,
    BotOpenIdConfigurationManager signingKeys,
    ILogger<ActivityTokenChecks> logger)
{
    public async Task<AuthCheck> CheckAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        var check = mode.IsAnonymousLocal
            ? CheckLocal(activity)
            : await CheckTokenAsync(context, activity, cancellationToken);
        if (check.Succeeded)
        {
            check = CheckTenant(activity);
        }

        if (!check.Succeeded)
        {
            Log.ActivityRefused(logger, activity.Id, activity.TenantId, check.Reason!);
        }

        return check;
    }

    /// <summary>Equal apart from case and one trailing slash, as the Bot Framework SDKs compare them.</summary>
    public static bool SameServiceUrl(string? claimed, string? actual) =>
        claimed is not null && actual is not null
        && string.Equals(TrimOneSlash(claimed), TrimOneSlash(actual), StringComparison.OrdinalIgnoreCase);

    /// <summary>The channels a JWKS key may sign for: its <c>endorsements</c> property.</summary>
    public static IReadOnlyList<string> EndorsementsOf(JsonWebKey key) =>
        key.AdditionalData.TryGetValue(BotAuthDefaults.EndorsementsProperty, out var value)
            ? value switch
            {
                JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)
                    .ToArray(),
                IEnumerable<string> strings => strings.ToArray(),
                IEnumerable<object> items => items.OfType<string>().ToArray(),
                _ => [],
            }
            : [];

    private async Task<AuthCheck> CheckTokenAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        if (context.Features.Get<BotTokenFeature>() is not { } token)
        {
            return AuthCheck.Unauthorized(AuthReasons.NotAuthenticated);
        }

        if (string.IsNullOrEmpty(token.ServiceUrl))
        {
            return AuthCheck.Unauthorized(AuthReasons.ServiceUrlClaimMissing);
        }

        if (!SameServiceUrl(token.ServiceUrl, activity.ServiceUrl))
        {
            return AuthCheck.Unauthorized(AuthReasons.ServiceUrlMismatch);
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || token.KeyId is null)
        {
            return AuthCheck.Unauthorized(AuthReasons.EndorsementMissing);
        }

        var configuration = await signingKeys.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.KeyId, token.KeyId, StringComparison.Ordinal));
        return key is not null && EndorsementsOf(key).Contains(activity.ChannelId, StringComparer.Ordinal)
            ? AuthCheck.Ok
            : AuthCheck.Unauthorized(AuthReasons.EndorsementMissing);
    }

    private static AuthCheck CheckLocal(Activity activity) =>
        Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
        && (serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps)
        && serviceUrl.IsLoopback
            ? AuthCheck.Ok
            : AuthCheck.Unauthorized(AuthReasons.ServiceUrlNotLoopback);

    private AuthCheck CheckTenant(Activity activity)
    {
        var allowed = options.Value.AllowedTenants;
        if (allowed.Length == 0 && mode.IsAnonymousLocal)
        {
            return AuthCheck.Ok;
        }

        var tenant = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;
        if (string.IsNullOrEmpty(tenant))
        {
            return AuthCheck.Forbidden(AuthReasons.TenantMissing);
        }

        return allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase)
            ? AuthCheck.Ok
            : AuthCheck.Forbidden(AuthReasons.TenantNotAllowed);
    }

    private static string TrimOneSlash(string url) => url.EndsWith('/') ? url[..^1] : url;
}
