using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseCoordinatorBot.Hosting;

public static class HostingExtensions
{
    /// <summary>The Bot Framework protocol: inbound auth, the connector, routing and the endpoint's own services.</summary>
    public static IHostApplicationBuilder AddBotProtocol(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddBotAuthentication();
        builder.AddBotConnector();
        builder.Services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddBotRouting();
        builder.Services.AddScoped<ReplyDispatcher>();
        builder.Services.AddSingleton<ActivityDeduplicator>();
        return builder;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: and its storage is reachable.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (StorageHealth storage, CancellationToken cancellationToken) =>
            (await storage.CheckAsync(cancellationToken)).Status == HealthStatus.Healthy
                ? Results.Text("ready")
                : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
