using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

    /// <summary>Liveness only: readiness (storage reachable) is a separate probe.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
