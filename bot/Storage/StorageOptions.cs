namespace CaseCoordinatorBot.Storage;

/// <summary>
/// Where documents and audit logs live (configuration section <c>Storage</c>). Exactly one of
/// <see cref="ConnectionString"/> (Azurite, local development) and <see cref="BlobServiceUri"/> (Azure, signed
/// in with <c>DefaultAzureCredential</c>, so no shared key is needed) is set.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public string Container { get; set; } = "botstate";

    /// <summary>Kept apart from <see cref="Container"/> so that it can carry its own immutability policy.</summary>
    public string AuditContainer { get; set; } = "audit";

    /// <summary>How many read-change-write rounds <see cref="IDocumentStore.UpdateAsync{T}"/> tries.</summary>
    public int MaxConflictAttempts { get; set; } = 8;

    /// <summary>How long start-up waits for storage to become reachable before it fails.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay of the storage client's exponential retry (the SDK's default is 0.8 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(0.8);
}
