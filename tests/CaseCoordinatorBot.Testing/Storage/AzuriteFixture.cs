using Xunit;

namespace CaseCoordinatorBot.Testing.Storage;

/// <summary>
/// One Azurite for a whole test project, as an xunit collection fixture. xunit looks for collection
/// definitions in the test assembly itself, so each test project declares
/// <c>[CollectionDefinition(AzuriteFixture.Collection)] public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
/// and its tests take the fixture. Tests share the server, never a container: see <see cref="NewContainerName"/>.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string Collection = "Azurite";

    private AzuriteServer? server;

    public AzuriteServer Server => server ?? throw new InvalidOperationException("Azurite has not started.");

    /// <summary>A container name no other test uses: the prefix, a hyphen and 16 random hex digits.</summary>
    public static string NewContainerName(string prefix = "test") => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 17)];

    public async Task InitializeAsync() => server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
    }
}
