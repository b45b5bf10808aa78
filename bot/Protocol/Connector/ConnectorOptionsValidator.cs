using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>Refuses at start-up a configuration that could only fail at the first outbound call.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var failures = new List<string>();
        if (!options.IsAnonymous)
            ValidateIdentity(options, failures);

        if (options.TokenAuthorityHost is { } host && !(host.IsAbsoluteUri && host.Scheme == Uri.UriSchemeHttps))
            failures.Add("Bot:TokenAuthorityHost must be an absolute https URI.");
        foreach (var url in options.TrustedServiceUrls)
        {
            if (!TrustedServiceUrls.TryNormalise(url, out _))
                failures.Add($"Bot:TrustedServiceUrls holds '{url}', which is not an https URL (http only for loopback) without query or fragment.");
        }

        if (options.RequestTimeout < TimeSpan.FromMilliseconds(10) || options.RequestTimeout > TimeSpan.FromMinutes(5))
            failures.Add("Bot:RequestTimeout must be between 10 ms and 5 minutes.");
        if (options.MaxAttempts is < 1 or > 10)
            failures.Add("Bot:MaxAttempts must be between 1 and 10.");
        if (options.MaxRetryDelay < TimeSpan.Zero || options.MaxRetryDelay > TimeSpan.FromMinutes(5))
            failures.Add("Bot:MaxRetryDelay must be between 0 and 5 minutes.");
        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > options.MaxRetryDelay)
            failures.Add("Bot:RetryBaseDelay must be between 0 and Bot:MaxRetryDelay.");
        if (options.MemberPageSize is < 1 or > 500)
            failures.Add("Bot:MemberPageSize must be between 1 and 500.");
        if (options.MaxMemberPages < 1)
            failures.Add("Bot:MaxMemberPages must be at least 1.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(ConnectorOptions options, List<string> failures)
    {
        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath);
        switch (options.MicrosoftAppType)
        {
            case BotAppType.SingleTenant:
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                    failures.Add("Bot:MicrosoftAppTenantId is required for SingleTenant.");
                RequireOneCredential(hasSecret, hasCertificate, failures);
                break;
            case BotAppType.MultiTenant:
                RequireOneCredential(hasSecret, hasCertificate, failures);
                break;
            case BotAppType.UserAssignedMsi:
                if (hasSecret || hasCertificate)
                    failures.Add("UserAssignedMSI takes no Bot:MicrosoftAppPassword or certificate.");
                break;
            default:
                failures.Add($"Bot:MicrosoftAppType '{options.MicrosoftAppType}' is not supported.");
                break;
        }

        if (hasCertificate && !File.Exists(options.MicrosoftAppCertificatePath))
            failures.Add("Bot:MicrosoftAppCertificatePath names a file that does not exist.");
    }

    private static void RequireOneCredential(bool hasSecret, bool hasCertificate, List<string> failures)
    {
        if (hasSecret == hasCertificate)
            failures.Add("Set exactly one of Bot:MicrosoftAppPassword and Bot:MicrosoftAppCertificatePath.");
    }
}
