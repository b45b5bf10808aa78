using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// Refuses, at start-up, a configuration that would let requests in unauthenticated or unscoped. It reads the
/// listen addresses from configuration because anonymous mode depends on them.
/// </summary>
internal sealed class BotAuthOptionsValidator(IConfiguration configuration) : IValidateOptions<BotAuthOptions>
{
    private static readonly string[] AppTypes = ["SingleTenant", "UserAssignedMSI", "MultiTenant"];

    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        var problems = new List<string>();

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > BotAuthOptions.MaxClockSkew)
        {
            problems.Add($"Bot:ClockSkew must be between 0 and {BotAuthOptions.MaxClockSkew} (was {options.ClockSkew}).");
        }

        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var metadata)
            || !(metadata.Scheme == Uri.UriSchemeHttps || options.MetadataOverLoopbackHttp))
        {
            problems.Add("Bot:OpenIdMetadataUrl must be an absolute https URL (http is allowed only for a loopback host).");
        }

        if (options.ValidIssuers?.Any(string.IsNullOrWhiteSpace) == true)
        {
            problems.Add("Bot:ValidIssuers must not contain empty entries.");
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType)
            && !AppTypes.Contains(options.MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"Bot:MicrosoftAppType must be one of {string.Join(", ", AppTypes)}.");
        }

        if (options.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Bot:AllowedTenants must not contain empty entries.");
        }

        var (mode, modeProblem) = BotAuthMode.Decide(options, ListenAddresses.FromConfiguration(configuration));
        if (modeProblem is not null)
        {
            problems.Add(modeProblem);
        }
        else if (mode == BotAuthMode.Authenticated && options.AllowedTenants.Length == 0)
        {
            problems.Add("Bot:AllowedTenants is empty: list the tenant ids whose activities the bot may act on " +
                "(an empty list is allowed only in anonymous local mode, with no Bot:MicrosoftAppId).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
