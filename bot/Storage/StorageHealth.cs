using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Storage;

/// <summary>
/// Readiness: both containers answer. Costs 2 storage requests per probe, so probe every few seconds, not
/// continuously. Map it directly (<c>app.MapGet("/readyz", ...)</c> with <see cref="CheckAsync"/>) or as a
/// health check (<c>AddHealthChecks().AddCheck&lt;StorageHealth&gt;("storage")</c>).
/// </summary>
public sealed class StorageHealth(
    BlobServiceClient service,
    IOptions<StorageOptions> options,
    ILogger<StorageHealth> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var containers = await Task.WhenAll(
                service.GetBlobContainerClient(options.Value.Container).ExistsAsync(cancellationToken),
                service.GetBlobContainerClient(options.Value.AuditContainer).ExistsAsync(cancellationToken));
            return containers.All(exists => exists.Value)
                ? HealthCheckResult.Healthy("Storage containers are reachable.")
                : HealthCheckResult.Unhealthy("A storage container is missing.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The probe answers "not ready"; the log keeps the cause.
            Log.NotReady(logger, ex);
            return HealthCheckResult.Unhealthy("Storage is not reachable.");
        }
    }

    Task<HealthCheckResult> IHealthCheck.CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken) => CheckAsync(cancellationToken);
}
