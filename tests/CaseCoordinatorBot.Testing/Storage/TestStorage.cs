using System.Diagnostics.Metrics;
using Azure.Storage.Blobs;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Testing.Storage;

/// <summary>
/// The real storage classes over a fresh pair of containers on Azurite (created by the real start-up
/// service), so that tests sharing one server never see each other's documents.
/// </summary>
public sealed class TestStorage
{
    private static readonly IMeterFactory SharedMeters =
        new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    private TestStorage(StorageOptions options, StorageRequestCounter counter, TimeProvider clock)
    {
        Options = options;
        Counter = counter;
        Clock = clock;
        Client = BlobServiceClientFactory.Create(options, counter);
        Documents = NewDocumentStore();
        Log = new BlobAppendLog(Client, Microsoft.Extensions.Options.Options.Create(options));
    }

    public StorageOptions Options { get; }

    /// <summary>Counts the requests of every client made here, <see cref="Client"/> and the extra stores alike.</summary>
    public StorageRequestCounter Counter { get; }

    public TimeProvider Clock { get; }

    public BlobServiceClient Client { get; }

    public IDocumentStore Documents { get; }

    public IAppendLog Log { get; }

    /// <summary>
    /// Creates the containers and returns the storage over them. <paramref name="meterFactory"/> lets a test
    /// observe the <c>storage.requests</c> counter of this storage alone.
    /// </summary>
    public static async Task<TestStorage> CreateAsync(AzuriteServer server, int maxConflictAttempts = 8,
        IMeterFactory? meterFactory = null, CancellationToken cancellationToken = default)
    {
        var options = new StorageOptions
        {
            ConnectionString = server.ConnectionString,
            Container = AzuriteFixture.NewContainerName("state"),
            AuditContainer = AzuriteFixture.NewContainerName("audit"),
            MaxConflictAttempts = maxConflictAttempts,
            StartupTimeout = TimeSpan.FromSeconds(10),
        };
        var storage = new TestStorage(options, new StorageRequestCounter(meterFactory ?? SharedMeters),
            TimeProvider.System);
        await new StorageContainerInitializer(storage.Client, Microsoft.Extensions.Options.Options.Create(options),
            storage.Clock, NullLogger<StorageContainerInitializer>.Instance).StartAsync(cancellationToken);
        return storage;
    }

    /// <summary>Another store over the same container with its own client, as a second bot instance has.</summary>
    public IDocumentStore NewDocumentStore() => new BlobDocumentStore(
        BlobServiceClientFactory.Create(Options, Counter), Microsoft.Extensions.Options.Options.Create(Options),
        Clock, NullLogger<BlobDocumentStore>.Instance);
}
