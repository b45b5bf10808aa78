using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Testing.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

/// <summary>
/// The connector client as <c>AddBotConnector</c> registers it, on a fake clock, pointed at a
/// <see cref="FakeConnectorServer"/> whose service URL is trusted unless told otherwise.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly IHost host;

    private ConnectorHarness(IHost host, FakeConnectorServer server, TimerWatchingTimeProvider clock)
    {
        this.host = host;
        Server = server;
        Clock = clock;
    }

    public FakeConnectorServer Server { get; }
    public TimerWatchingTimeProvider Clock { get; }
    public IConnectorClient Client => host.Services.GetRequiredService<IConnectorClient>();
    public TrustedServiceUrls Trust => host.Services.GetRequiredService<TrustedServiceUrls>();
    public string ServiceUrl => Server.ServiceUrl;

    /// <param name="tokens">Replaces the Azure.Identity provider; null keeps the one AddBotConnector registers.</param>
    /// <param name="settings">Bot section settings added to (or overriding) a valid single-tenant configuration.</param>
    public static async Task<ConnectorHarness> StartAsync(IBotTokenProvider? tokens = null,
        IDictionary<string, string?>? settings = null, bool trust = true, Action<TimerWatchingTimeProvider, IServiceCollection>? services = null)
    {
        var server = await FakeConnectorServer.StartAsync();
        var clock = new TimerWatchingTimeProvider();
        var configuration = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppType"] = "SingleTenant",
            ["Bot:MicrosoftAppId"] = "app-id",
            ["Bot:MicrosoftAppTenantId"] = "tenant-id",
            ["Bot:MicrosoftAppPassword"] = "not-a-secret",
            ["Bot:RequestTimeout"] = RequestTimeout.ToString(),
            // No back-off between retries unless Retry-After asks for one: the fake clock need not move.
            ["Bot:RetryBaseDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration.Select(pair =>
            KeyValuePair.Create(pair.Key, pair.Value?.Replace("{ServiceUrl}", server.ServiceUrl, StringComparison.Ordinal))));
        builder.AddBotConnector();
        builder.Services.AddSingleton<TimeProvider>(clock);
        if (tokens is not null)
            builder.Services.AddSingleton(tokens);
        services?.Invoke(clock, builder.Services);

        var host = builder.Build();
        await host.StartAsync();
        var harness = new ConnectorHarness(host, server, clock);
        if (trust)
            harness.Trust.Trust(server.ServiceUrl);
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        await Server.DisposeAsync();
    }
}
