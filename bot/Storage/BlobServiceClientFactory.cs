using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace CaseCoordinatorBot.Storage;

/// <summary>Builds the one <see cref="BlobServiceClient"/> of the process, with bounded retries and the counter.</summary>
internal static class BlobServiceClientFactory
{
    public static BlobServiceClient Create(StorageOptions options, HttpPipelinePolicy requestCounter,
        TokenCredential? credential = null)
    {
        var clientOptions = new BlobClientOptions();
        // The SDK's exponential back-off, bounded so that a request never hangs a turn for long.
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        // Per retry, so that every attempt sent (and billed) is counted.
        clientOptions.AddPolicy(requestCounter, HttpPipelinePosition.PerRetry);

        return options.ConnectionString is { Length: > 0 } connectionString
            ? new BlobServiceClient(connectionString, clientOptions)
            : new BlobServiceClient(options.BlobServiceUri
                    ?? throw new InvalidOperationException("Storage:BlobServiceUri is not set."),
                credential ?? new DefaultAzureCredential(), clientOptions);
    }
}
