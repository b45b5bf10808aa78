using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Storage;

public sealed class StorageOptionsValidationTests
{
    private const string Uri = "BlobServiceUri=https://account.blob.core.windows.net/";

    [Theory]
    [InlineData("", "Set Storage:ConnectionString (Azurite, local development) or Storage:BlobServiceUri")]
    [InlineData("ConnectionString=UseDevelopmentStorage=true|" + Uri, "Set only one of Storage:ConnectionString and Storage:BlobServiceUri")]
    [InlineData("ConnectionString=not a connection string", "Storage:ConnectionString is not a valid storage connection string.")]
    [InlineData("BlobServiceUri=http://account.blob.core.windows.net/", "must be an absolute https URI")]
    [InlineData("BlobServiceUri=https://account.blob.core.windows.net/?sv=2024&sig=x", "must be an absolute https URI")]
    [InlineData(Uri + "|Container=Bot_State", "Storage:Container 'Bot_State' is not a valid container name")]
    [InlineData(Uri + "|Container=a--b", "Storage:Container 'a--b' is not a valid container name")]
    [InlineData(Uri + "|AuditContainer=ab", "Storage:AuditContainer 'ab' is not a valid container name")]
    [InlineData(Uri + "|Container=same|AuditContainer=same", "Storage:Container and Storage:AuditContainer must differ")]
    [InlineData(Uri + "|MaxConflictAttempts=0", "Storage:MaxConflictAttempts must be between 1 and 100 (it is 0)")]
    [InlineData(Uri + "|StartupTimeout=00:00:00", "Storage:StartupTimeout must be more than 0")]
    public void Bad_storage_settings_are_refused_with_a_message_naming_the_setting(string settings, string message)
    {
        using var host = BuildHost(settings);

        var error = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(error.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Connection_string_is_never_repeated_in_the_message()
    {
        using var host = BuildHost("ConnectionString=AccountKey=secret-key-material");

        var error = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.DoesNotContain("secret-key-material", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ConnectionString=UseDevelopmentStorage=true")]
    [InlineData(Uri)]
    [InlineData("BlobServiceUri=http://127.0.0.1:10000/devstoreaccount1")]
    public void Either_location_alone_is_accepted_with_the_defaults(string settings)
    {
        using var host = BuildHost(settings);

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("botstate", "audit", 8), (options.Container, options.AuditContainer, options.MaxConflictAttempts));
    }

    [Fact]
    public void Settings_are_bound_from_the_storage_section()
    {
        using var host = BuildHost(Uri + "|Container=state-x|AuditContainer=audit-x|MaxConflictAttempts=3|StartupTimeout=00:00:05");

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(new System.Uri("https://account.blob.core.windows.net/"), options.BlobServiceUri);
        Assert.Equal(("state-x", "audit-x", 3, TimeSpan.FromSeconds(5)),
            (options.Container, options.AuditContainer, options.MaxConflictAttempts, options.StartupTimeout));
    }

    [Fact]
    public async Task Host_with_no_storage_settings_does_not_start()
    {
        using var host = BuildHost("");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A host with AddBotStorage over <c>Name=value|Name=value</c> settings of the Storage section.</summary>
    private static IHost BuildHost(string settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings
            .Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => KeyValuePair.Create($"Storage:{pair[0]}", (string?)pair[1])));
        builder.AddBotStorage();
        return builder.Build();
    }
}
