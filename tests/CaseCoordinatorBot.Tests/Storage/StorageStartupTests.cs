using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Storage;

[Collection(AzuriteFixture.Collection)]
public sealed class StorageStartupTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => CancellationToken.None;

    public sealed record Doc(string Text);

    [Fact]
    public async Task Starting_the_host_creates_both_containers_and_serves_documents_through_one_client()
    {
        var (state, audit) = (AzuriteFixture.NewContainerName("state"), AzuriteFixture.NewContainerName("audit"));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([
            KeyValuePair.Create("Storage:ConnectionString", (string?)azurite.Server.ConnectionString),
            KeyValuePair.Create("Storage:Container", (string?)state),
            KeyValuePair.Create("Storage:AuditContainer", (string?)audit),
        ]);
        builder.AddBotStorage();
        using var host = builder.Build();

        await host.StartAsync(Ct);

        var client = host.Services.GetRequiredService<BlobServiceClient>();
        Assert.Same(client, host.Services.GetRequiredService<BlobServiceClient>());
        Assert.True(await client.GetBlobContainerClient(state).ExistsAsync(Ct));
        Assert.True(await client.GetBlobContainerClient(audit).ExistsAsync(Ct));
        var documents = host.Services.GetRequiredService<IDocumentStore>();
        Assert.True(await documents.TryCreateAsync("hello", new Doc("world"), Ct));
        await host.Services.GetRequiredService<IAppendLog>().AppendAsync("hello", "line", Ct);
        Assert.Equal(HealthStatus.Healthy, (await host.Services.GetRequiredService<StorageHealth>().CheckAsync(Ct)).Status);
        // Two containers created and checked, one document, a new log's first line (3), two health probes.
        Assert.Equal(2 + 2 + 1 + 3 + 2, host.Services.GetRequiredService<StorageRequestCounter>().Total);
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task Start_up_against_existing_containers_succeeds_and_keeps_their_documents()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        await storage.Documents.TryCreateAsync("kept", new Doc("still here"), Ct);

        await Initializer(storage.Client, storage.Options).StartAsync(Ct);

        Assert.Equal("still here", (await storage.Documents.ReadAsync<Doc>("kept", Ct))!.Value.Text);
    }

    [Fact]
    public async Task Unreachable_storage_fails_start_up_with_a_clear_message_once_the_timeout_passes()
    {
        var options = new StorageOptions
        {
            ConnectionString = AzuriteLikeConnectionString(ClosedPort()),
            StartupTimeout = TimeSpan.FromSeconds(1),
        };
        var counter = new StorageRequestCounter(new TestMeterFactory());
        var started = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Initializer(BlobServiceClientFactory.Create(options, counter), options).StartAsync(Ct));

        Assert.StartsWith("Blob storage at http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("was not reachable within 00:00:01 (Storage:StartupTimeout)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'botstate' and 'audit' could not be created", error.Message, StringComparison.Ordinal);
        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.True(counter.Total >= 1);
    }

    [Fact]
    public async Task Storage_that_fails_at_first_is_tried_again_until_it_answers()
    {
        var calls = 0;
        await using var flaky = await LoopbackServer.StartAsync(context =>
        {
            // The first request finds storage not ready; later ones create the container.
            context.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 503 : 201;
            return Task.CompletedTask;
        });
        var options = new StorageOptions { ConnectionString = AzuriteLikeConnectionString(flaky.Port) };
        var clientOptions = new BlobClientOptions();
        // Without the SDK's own retries, so that the retry seen is the start-up service's.
        clientOptions.Retry.MaxRetries = 0;
        var client = new BlobServiceClient(options.ConnectionString, clientOptions);

        await Initializer(client, options).StartAsync(Ct);

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Health_is_unhealthy_when_a_container_is_missing()
    {
        var storage = await TestStorage.CreateAsync(azurite.Server, cancellationToken: Ct);
        var options = new StorageOptions
        {
            ConnectionString = storage.Options.ConnectionString,
            Container = storage.Options.Container,
            AuditContainer = AzuriteFixture.NewContainerName("never"),
        };

        var result = await new StorageHealth(storage.Client, Options.Create(options),
            NullLogger<StorageHealth>.Instance).CheckAsync(Ct);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Health_is_unhealthy_when_storage_is_unreachable()
    {
        var options = new StorageOptions { ConnectionString = AzuriteLikeConnectionString(ClosedPort()) };
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = 0;

        var result = await new StorageHealth(new BlobServiceClient(options.ConnectionString, clientOptions),
            Options.Create(options), NullLogger<StorageHealth>.Instance).CheckAsync(Ct);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Storage is not reachable.", result.Description);
    }

    private static StorageContainerInitializer Initializer(BlobServiceClient client, StorageOptions options) =>
        new(client, Options.Create(options), TimeProvider.System, NullLogger<StorageContainerInitializer>.Instance);

    private static string AzuriteLikeConnectionString(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{port}/{AzuriteServer.AccountName};";

    /// <summary>A loopback port with nothing listening on it.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class TestMeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }

    /// <summary>Kestrel on a free loopback port, answering every request with <c>handler</c>.</summary>
    private sealed class LoopbackServer(WebApplication app, int port) : IAsyncDisposable
    {
        public int Port { get; } = port;

        public static async Task<LoopbackServer> StartAsync(RequestDelegate handler)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.Run(handler);
            await app.StartAsync();
            return new LoopbackServer(app, new System.Uri(app.Urls.Single()).Port);
        }

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
