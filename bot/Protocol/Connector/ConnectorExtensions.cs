using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Protocol.Connector;

public static class ConnectorExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/>, <see cref="TrustedServiceUrls"/> and <see cref="IBotTokenProvider"/>
    /// from the <c>Bot</c> section. A token provider or <see cref="TimeProvider"/> registered elsewhere wins.
    /// </summary>
    public static IHostApplicationBuilder AddBotConnector(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<IBotTokenProvider>(provider => new BotTokenProvider(
            BotCredentialFactory.Create(provider.GetRequiredService<IOptions<ConnectorOptions>>().Value),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<BotTokenProvider>>()));

        services.AddHttpClient<IConnectorClient, ConnectorClient>(http =>
            {
                // The pipeline bounds each attempt and the number of attempts; HttpClient's own 100 s would cut across them.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.MaxResponseContentBufferSize = 16 * 1024 * 1024;
            })
            .AddResilienceHandler(ConnectorResilience.PipelineName, (pipeline, context) =>
            {
                var provider = context.ServiceProvider;
                ConnectorResilience.Configure(pipeline,
                    provider.GetRequiredService<IOptions<ConnectorOptions>>().Value,
                    provider.GetService<TimeProvider>() ?? TimeProvider.System,
                    provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorResilience).FullName!));
            });
        return builder;
    }
}
