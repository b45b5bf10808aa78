using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseCoordinatorBot.Hosting;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry, exported to Azure Monitor when Application Insights is
/// configured. Nothing personal leaves: exception messages (which can quote user input) are not recorded,
/// and outbound URLs lose every id segment (conversation ids, mailbox addresses) and their query.
/// </summary>
public static class TelemetryExtensions
{
    public const string ServiceName = "case-coordinator-bot";

    public static IHostApplicationBuilder AddBotTelemetry(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var exportToAzure = !string.IsNullOrWhiteSpace(connectionString);

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.Filter = http => http.Request.Path != "/healthz";
                });
                tracing.AddHttpClientInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.EnrichWithHttpRequestMessage = (activity, request) =>
                    {
                        if (request.RequestUri is { } uri) activity.SetTag("url.full", TelemetryRedaction.Url(uri));
                    };
                });
                if (exportToAzure) tracing.AddAzureMonitorTraceExporter(o => Configure(o, connectionString!));
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter("CaseCoordinatorBot.*");
                if (exportToAzure) metrics.AddAzureMonitorMetricExporter(o => Configure(o, connectionString!));
            });

        if (exportToAzure)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                // Our log messages carry ids only; scopes and raw state would add framework details we do not vet.
                logging.IncludeScopes = false;
                logging.IncludeFormattedMessage = true;
                logging.AddAzureMonitorLogExporter(o => Configure(o, connectionString!));
            });
        }
        return builder;
    }

    // The identity signs in to Application Insights (Monitoring Metrics Publisher), so no key is needed.
    private static void Configure(AzureMonitorExporterOptions options, string connectionString)
    {
        options.ConnectionString = connectionString;
        options.Credential = new DefaultAzureCredential();
    }
}
