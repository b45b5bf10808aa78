using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Storage;

/// <summary>Refuses a storage configuration at start-up with messages that say which setting to fix.</summary>
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasUri = options.BlobServiceUri is not null;

        if (hasConnectionString && hasUri)
            failures.Add("Set only one of Storage:ConnectionString and Storage:BlobServiceUri, not both.");
        else if (!hasConnectionString && !hasUri)
            failures.Add("Set Storage:ConnectionString (Azurite, local development) or Storage:BlobServiceUri "
                + "(Azure, signed in with DefaultAzureCredential).");

        if (hasConnectionString && !IsParsable(options.ConnectionString!))
            // The connection string may hold a key, so the message never repeats it.
            failures.Add("Storage:ConnectionString is not a valid storage connection string.");

        if (options.BlobServiceUri is { } uri && !IsServiceUri(uri))
            failures.Add($"Storage:BlobServiceUri '{uri}' must be an absolute https URI such as "
                + "https://<account>.blob.core.windows.net/ (http only for a loopback address).");

        CheckContainer("Storage:Container", options.Container, failures);
        CheckContainer("Storage:AuditContainer", options.AuditContainer, failures);
        if (string.Equals(options.Container, options.AuditContainer, StringComparison.Ordinal))
            failures.Add("Storage:Container and Storage:AuditContainer must differ, so that the audit container "
                + "can carry its own retention policy.");

        if (options.MaxConflictAttempts is < 1 or > 100)
            failures.Add($"Storage:MaxConflictAttempts must be between 1 and 100 (it is {options.MaxConflictAttempts}).");

        if (options.StartupTimeout <= TimeSpan.Zero || options.StartupTimeout > TimeSpan.FromMinutes(10))
            failures.Add($"Storage:StartupTimeout must be more than 0 and at most 00:10:00 (it is {options.StartupTimeout}).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckContainer(string setting, string? value, List<string> failures)
    {
        if (value is null || !ContainerName().IsMatch(value))
            failures.Add($"{setting} '{value}' is not a valid container name: 3 to 63 lowercase letters, digits "
                + "and single hyphens, starting and ending with a letter or digit.");
    }

    private static bool IsParsable(string connectionString)
    {
        try
        {
            // Parses only; no request is sent.
            _ = new BlobServiceClient(connectionString);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsServiceUri(Uri uri) =>
        uri.IsAbsoluteUri && string.IsNullOrEmpty(uri.Query)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
