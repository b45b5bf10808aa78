using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CaseCoordinatorBot.Graph;

public static class GraphExtensions
{
    public const string HttpClientName = "Graph";

    /// <summary>
    /// Registers <see cref="IMeetingCalendar"/> on Microsoft Graph from the <c>Graph</c> section, with the
    /// bot's identity (section <c>Bot</c>, bound by AddBotConnector) unless Graph has its own. A
    /// <see cref="GraphAuthentication"/> registered earlier wins (tests use one with a fixed token).
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var graph = provider.GetRequiredService<IOptions<GraphOptions>>().Value;
            var credential = GraphCredentialFactory.Create(graph, provider.GetRequiredService<IOptions<ConnectorOptions>>().Value);
            if (credential is null)
                Log.Anonymous(provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphExtensions).FullName!));
            return new GraphAuthentication(credential, graph.BaseUrl);
        });

        services.AddHttpClient<IMeetingCalendar, GraphMeetingCalendar>(HttpClientName, (provider, http) =>
            {
                // HttpClient's timeout bounds the whole call, the retry handler's waits included.
                http.Timeout = provider.GetRequiredService<IOptions<GraphOptions>>().Value.Timeout;
            })
            // HttpClient's request logs would write the organiser's mailbox (it is in every path); Log.cs says what matters.
            .RemoveAllLoggers()
            // The SDK's own redirect handler follows redirects (and drops the token across hosts).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<GraphOptions>>().Value;
                foreach (var handler in GraphClientFactory.CreateDefaultHandlers())
                    handlers.Add(handler is RetryHandler ? new RetryHandler(RetryOptions(options)) : handler);
            });
        return builder;
    }

    /// <summary>The SDK's retry rules (429, 503, 504; Retry-After honoured) with the configured bounds.</summary>
    internal static RetryHandlerOption RetryOptions(GraphOptions options) => new()
    {
        MaxRetry = options.MaxRetries,
        Delay = (int)options.RetryDelay.TotalSeconds,
        // A Retry-After that would outlast the call's timeout is not waited for: the 429 surfaces at once.
        RetriesTimeLimit = options.Timeout,
    };
}
