using System.Text.RegularExpressions;
using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Graph;

/// <summary>Refuses at start-up a Graph configuration that could only fail at the first meeting.</summary>
internal sealed partial class GraphOptionsValidator(IOptions<ConnectorOptions> bot) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var failures = new List<string>();
        if (!IsAllowedBaseUrl(options.BaseUrl))
            failures.Add("Graph:BaseUrl must be an absolute https URL (http only for loopback) without query or fragment.");

        foreach (var (area, mailbox) in options.Organisers)
        {
            if (string.IsNullOrWhiteSpace(area))
                failures.Add("Graph:Organisers has an empty area name.");
            if (mailbox is null || !Address().IsMatch(mailbox))
                failures.Add($"Graph:Organisers:{area} is not a mailbox address.");
        }

        var hasManagedIdentity = !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId);
        if (hasManagedIdentity && !Guid.TryParse(options.ManagedIdentityClientId, out _))
            failures.Add("Graph:ManagedIdentityClientId must be a client id (a GUID).");
        if (hasManagedIdentity && !string.IsNullOrWhiteSpace(options.TenantId))
            failures.Add("Set at most one of Graph:ManagedIdentityClientId and Graph:TenantId.");
        if (!hasManagedIdentity && string.IsNullOrWhiteSpace(options.TenantId)
            && !bot.Value.IsAnonymous && bot.Value.MicrosoftAppType == BotAppType.MultiTenant)
            failures.Add("A MultiTenant bot needs Graph:TenantId (or Graph:ManagedIdentityClientId) to call Graph.");
        if (!string.IsNullOrWhiteSpace(options.TenantId) && bot.Value.IsAnonymous)
            failures.Add("Graph:TenantId uses the bot's app credential, but Bot:MicrosoftAppId is not set.");
        if (!string.IsNullOrWhiteSpace(options.TenantId) && bot.Value.MicrosoftAppType == BotAppType.UserAssignedMsi)
            failures.Add("Graph:TenantId needs a bot with a client credential; with UserAssignedMSI leave it unset.");

        if (options.Timeout < TimeSpan.FromMilliseconds(100) || options.Timeout > TimeSpan.FromMinutes(5))
            failures.Add("Graph:Timeout must be between 100 ms and 5 minutes.");
        if (options.MaxRetries is < 0 or > 10)
            failures.Add("Graph:MaxRetries must be between 0 and 10.");
        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(3)
            || options.RetryDelay.Ticks % TimeSpan.TicksPerSecond != 0)
            failures.Add("Graph:RetryDelay must be whole seconds between 0 and 180.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsAllowedBaseUrl(string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || uri.UserInfo.Length > 0)
            return false;
        return uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
    }

    // Deliberately loose: one @, no spaces, a dot in the domain. Exchange decides the rest.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex Address();
}
