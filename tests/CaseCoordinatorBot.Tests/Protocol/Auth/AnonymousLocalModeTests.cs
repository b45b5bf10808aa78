using System.Net;
using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CaseCoordinatorBot.Tests.Protocol.Auth;

public sealed class AnonymousLocalModeTests
{
    [Fact]
    public async Task Without_app_id_on_loopback_the_bot_runs_anonymously_after_a_loud_warning()
    {
        await using var host = await AuthTestHost.StartAsync(new Dictionary<string, string?>());

        Assert.Equal(BotAuthMode.AnonymousLocal, host.Services.GetRequiredService<BotAuthMode>());
        var warning = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 1300);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("ANONYMOUS LOCAL MODE: inbound requests are NOT authenticated", warning.Message);
        Assert.Contains('\n', warning.Message);
    }

    [Theory]
    [InlineData("http://localhost:56150/", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1:56150", HttpStatusCode.OK)]
    [InlineData("https://smba.trafficmanager.net/emea/", HttpStatusCode.Unauthorized)]
    [InlineData("http://localhost@attacker.example.com/", HttpStatusCode.Unauthorized)]
    public async Task Anonymous_requests_are_accepted_only_for_a_loopback_service_url(string serviceUrl, HttpStatusCode expected)
    {
        await using var host = await AuthTestHost.StartAsync(new Dictionary<string, string?>());
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = AuthTestHost.NewActivityId(),
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "a:local" },
        };

        using var response = await host.PostAsync(activity, authorization: null);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, host.Handled.ContainsKey(activity.Id!));
    }

    [Fact]
    public async Task Anonymous_mode_still_enforces_a_configured_tenant_allow_list()
    {
        await using var host = await AuthTestHost.StartAsync(new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = AuthTestHost.Tenant });
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = AuthTestHost.NewActivityId(),
            ServiceUrl = "http://localhost:56150",
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "a:local", TenantId = "another-tenant" },
        };

        using var response = await host.PostAsync(activity, authorization: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.1.2.3", false)]
    [InlineData("192.168.0.10", false)]
    [InlineData(null, false)]
    public async Task Anonymous_scheme_admits_only_loopback_callers(string? remoteAddress, bool admitted)
    {
        await using var services = AnonymousServices(BotAuthMode.AnonymousLocal);
        var context = LocalPost(services);
        context.Connection.RemoteIpAddress = remoteAddress is null ? null : IPAddress.Parse(remoteAddress);

        var result = await context.AuthenticateAsync(BotAuthDefaults.AnonymousLocalScheme);

        Assert.Equal(admitted, result.Succeeded);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("Host", "bot.example.org")]
    [InlineData("Content-Type", "text/plain")]
    public async Task A_loopback_caller_that_is_really_a_tunnel_or_a_web_page_is_refused(string header, string value)
    {
        await using var services = AnonymousServices(BotAuthMode.AnonymousLocal);
        var context = LocalPost(services);
        context.Request.Headers[header] = value;

        var result = await context.AuthenticateAsync(BotAuthDefaults.AnonymousLocalScheme);

        Assert.False(result.Succeeded);
    }

    private static DefaultHttpContext LocalPost(IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Method = "POST";
        context.Request.Host = new HostString("127.0.0.1", 3978);
        context.Request.ContentType = "application/json; charset=utf-8";
        return context;
    }

    [Fact]
    public async Task Anonymous_scheme_admits_nobody_in_authenticated_mode()
    {
        await using var services = AnonymousServices(BotAuthMode.Authenticated);
        var context = LocalPost(services);

        var result = await context.AuthenticateAsync(BotAuthDefaults.AnonymousLocalScheme);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Server_bound_to_a_non_loopback_address_in_anonymous_mode_stops_the_application()
    {
        var lifetime = new RecordingLifetime();
        var logger = new FakeLogger<BotAuthStartupCheck>();
        var server = new AddressesServer("http://127.0.0.1:3978", "http://0.0.0.0:3978");
        await using var services = new ServiceCollection().AddSingleton<IServer>(server).BuildServiceProvider();
        var check = new BotAuthStartupCheck(BotAuthMode.AnonymousLocal, services, lifetime, logger);

        await Assert.ThrowsAsync<InvalidOperationException>(() => check.StartedAsync(CancellationToken.None));

        Assert.True(lifetime.StopRequested);
        var critical = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Critical);
        Assert.Contains("http://0.0.0.0:3978", critical.Message);
    }

    [Fact]
    public async Task Server_bound_to_loopback_only_in_anonymous_mode_keeps_running()
    {
        var lifetime = new RecordingLifetime();
        var server = new AddressesServer("http://127.0.0.1:3978", "http://[::1]:3978", "http://localhost:3979");
        await using var services = new ServiceCollection().AddSingleton<IServer>(server).BuildServiceProvider();
        var check = new BotAuthStartupCheck(BotAuthMode.AnonymousLocal, services, lifetime, new FakeLogger<BotAuthStartupCheck>());

        await check.StartedAsync(CancellationToken.None);

        Assert.False(lifetime.StopRequested);
    }

    private static ServiceProvider AnonymousServices(BotAuthMode mode)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(mode);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AnonymousLocalHandler>(BotAuthDefaults.AnonymousLocalScheme, null);
        return services.BuildServiceProvider();
    }

    private sealed class AddressesServer : IServer
    {
        public AddressesServer(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLifetime : IHostApplicationLifetime
    {
        public bool StopRequested { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => StopRequested = true;
    }
}
