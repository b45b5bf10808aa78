using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Storage;

/// <summary>
/// Creates the document and audit containers before the bot takes traffic. Storage that is not reachable yet
/// (Azurite still starting, a network blip) is tried again with back-off until
/// <see cref="StorageOptions.StartupTimeout"/>; then start-up fails with a message that says so. Errors that
/// waiting cannot fix (refused credentials, a bad account) fail at once.
/// </summary>
internal sealed class StorageContainerInitializer(
    BlobServiceClient service,
    IOptions<StorageOptions> options,
    TimeProvider clock,
    ILogger<StorageContainerInitializer> logger) : IHostedService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deadline = clock.GetUtcNow() + settings.StartupTimeout;
        var delay = FirstDelay;
        while (true)
        {
            var remaining = deadline - clock.GetUtcNow();
            using var attemptTimeout = new CancellationTokenSource(
                remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, clock);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(
                cancellationToken, attemptTimeout.Token);
            try
            {
                await CreateAsync(settings.Container, attempt.Token);
                await CreateAsync(settings.AuditContainer, attempt.Token);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsTransient(ex))
            {
                var wait = Min(delay, deadline - clock.GetUtcNow());
                if (wait <= TimeSpan.Zero)
                    throw new InvalidOperationException(
                        $"Blob storage at {service.Uri} was not reachable within {settings.StartupTimeout} "
                        + "(Storage:StartupTimeout), so the containers "
                        + $"'{settings.Container}' and '{settings.AuditContainer}' could not be created. "
                        + "Is Azurite running, or is Storage:BlobServiceUri right?", ex);
                Log.StorageNotReachable(logger, ex, wait);
                await Task.Delay(wait, clock, cancellationToken);
                delay = Min(delay * 2, MaxDelay);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsRefusal(ex))
            {
                throw new InvalidOperationException(
                    $"Blob storage at {service.Uri} refused to create the containers '{settings.Container}' "
                    + $"and '{settings.AuditContainer}'. Check the credential's role (Storage Blob Data "
                    + "Contributor) or the connection string.", ex);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CreateAsync(string name, CancellationToken cancellationToken)
    {
        await service.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        Log.ContainerReady(logger, name);
    }

    /// <summary>Failures that time may cure: no connection, timeouts, throttling, server errors.</summary>
    internal static bool IsTransient(Exception ex) => ex switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        RequestFailedException => false,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        HttpRequestException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };

    private static bool IsRefusal(Exception ex) =>
        ex is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
