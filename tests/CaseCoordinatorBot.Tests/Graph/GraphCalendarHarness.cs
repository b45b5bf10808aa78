using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Graph;
using CaseCoordinatorBot.Testing.FakeGraph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;

namespace CaseCoordinatorBot.Tests.Graph;

/// <summary>
/// The production Graph registration (<c>AddGraph</c>: options, SDK middleware, retry bounds) pointed at a
/// <see cref="FakeGraphServer"/>, with a fixed token and captured logs. Retries wait only when told to by Retry-After.
/// </summary>
internal sealed class GraphCalendarHarness : IAsyncDisposable
{
    public const string Organiser = "conferences@la.example";

    private readonly IHost host;

    private GraphCalendarHarness(FakeGraphServer fake, IHost host, FixedTokenCredential credential)
    {
        Fake = fake;
        this.host = host;
        Credential = credential;
        Calendar = host.Services.GetRequiredService<IMeetingCalendar>();
        Logs = host.Services.GetFakeLogCollector();
    }

    public FakeGraphServer Fake { get; }
    public IMeetingCalendar Calendar { get; }
    public FakeLogCollector Logs { get; }
    public FixedTokenCredential Credential { get; }

    public static async Task<GraphCalendarHarness> StartAsync(int maxRetries = 2, TimeSpan? timeout = null)
    {
        var fake = await FakeGraphServer.StartAsync();
        fake.ExpectedBearerToken = FixedTokenCredential.DefaultToken;
        var credential = new FixedTokenCredential();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = fake.BaseUrl,
            ["Graph:Organisers:north"] = Organiser,
            ["Graph:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Graph:RetryDelay"] = "00:00:00",
            ["Graph:Timeout"] = (timeout ?? TimeSpan.FromSeconds(10)).ToString("c"),
        });
        builder.Services.AddFakeLogging();
        builder.Services.AddSingleton(new GraphAuthentication(credential, fake.BaseUrl));
        builder.AddGraph();
        var host = builder.Build();
        await host.StartAsync();
        return new GraphCalendarHarness(fake, host, credential);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        await Fake.DisposeAsync();
    }
}
