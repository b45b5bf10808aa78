using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Storage;

/// <summary>
/// JSON documents as block blobs in <see cref="StorageOptions.Container"/>, written with ETag conditions so
/// that no write is ever lost. Costs, in storage requests (= billable transactions): read 1, create 1,
/// replace 1, delete 1; update 2 per round (read + conditional write), more only when someone else wrote first.
/// </summary>
internal sealed class BlobDocumentStore(
    BlobServiceClient service,
    IOptions<StorageOptions> options,
    TimeProvider clock,
    ILogger<BlobDocumentStore> logger) : IDocumentStore
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(1);

    private readonly BlobContainerClient container = service.GetBlobContainerClient(options.Value.Container);
    private readonly int maxConflictAttempts = options.Value.MaxConflictAttempts;

    public async Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
    {
        var blob = container.GetBlobClient(StorageKey.Validate(key));
        try
        {
            // The download carries the ETag of exactly the bytes returned: one request, and no window in
            // which a second properties call could see a newer version.
            var download = (await blob.DownloadContentAsync(cancellationToken)).Value;
            var value = JsonSerializer.Deserialize<T>(download.Content.ToMemory().Span, StorageJson.Options)
                ?? throw new InvalidDataException($"The document '{key}' holds JSON null.");
            return new StoredDocument<T>(value, download.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
    }

    public async Task<bool> TryCreateAsync<T>(string key, T value, CancellationToken cancellationToken)
        where T : class =>
        await CreateAsync(container.GetBlobClient(StorageKey.Validate(key)), value, cancellationToken) is not null;

    public Task<ETag> ReplaceAsync<T>(string key, T value, ETag ifMatch, CancellationToken cancellationToken)
        where T : class
    {
        if (ifMatch == default || ifMatch == ETag.All)
            throw new ArgumentException("Replace needs the ETag read with the document.", nameof(ifMatch));
        return ReplaceAsync(container.GetBlobClient(StorageKey.Validate(key)), key, value, ifMatch,
            cancellationToken);
    }

    public async Task<StoredDocument<T>> UpdateAsync<T>(string key, Func<T?, T> change,
        CancellationToken cancellationToken) where T : class
    {
        var blob = container.GetBlobClient(StorageKey.Validate(key));
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync<T>(key, cancellationToken);
            var next = change(current?.Value)
                ?? throw new InvalidOperationException($"The change to '{key}' returned null.");

            if (current is null)
            {
                if (await CreateAsync(blob, next, cancellationToken) is { } created)
                    return new StoredDocument<T>(next, created);
            }
            else
            {
                try
                {
                    return new StoredDocument<T>(next,
                        await ReplaceAsync(blob, key, next, current.ETag, cancellationToken));
                }
                catch (DocumentConflictException) when (attempt < maxConflictAttempts)
                {
                }
            }

            if (attempt >= maxConflictAttempts)
            {
                Log.UpdateGaveUp(logger, key, attempt);
                throw new DocumentConflictException(key);
            }
            Log.UpdateConflict(logger, key, attempt);
            await Task.Delay(Backoff(attempt), clock, cancellationToken);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await container.GetBlobClient(StorageKey.Validate(key)).DeleteIfExistsAsync(
            cancellationToken: cancellationToken);

    /// <summary>The new ETag, or null when a document with the key already exists.</summary>
    private static async Task<ETag?> CreateAsync<T>(BlobClient blob, T value, CancellationToken cancellationToken)
    {
        try
        {
            var created = await blob.UploadAsync(Serialize(value),
                UploadOptions(new BlobRequestConditions { IfNoneMatch = ETag.All }), cancellationToken);
            return created.Value.ETag;
        }
        catch (RequestFailedException ex)
            when (ex.Status == 412 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            return null;
        }
    }

    private static async Task<ETag> ReplaceAsync<T>(BlobClient blob, string key, T value, ETag ifMatch,
        CancellationToken cancellationToken)
    {
        try
        {
            var replaced = await blob.UploadAsync(Serialize(value),
                UploadOptions(new BlobRequestConditions { IfMatch = ifMatch }), cancellationToken);
            return replaced.Value.ETag;
        }
        catch (RequestFailedException ex)
            when (ex.Status == 412 || ex.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            throw new DocumentConflictException(key, ex);
        }
    }

    private static BinaryData Serialize<T>(T value) => BinaryData.FromObjectAsJson(value, StorageJson.Options);

    private static BlobUploadOptions UploadOptions(BlobRequestConditions conditions) => new()
    {
        Conditions = conditions,
        HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
    };

    /// <summary>
    /// Full jitter over a window that doubles each round, so that writers who collided spread out
    /// instead of colliding again in step.
    /// </summary>
    private static TimeSpan Backoff(int attempt)
    {
        var window = Math.Min(MaxBackoff.TotalMilliseconds,
            FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * window);
    }
}
