using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// Timers as blobs: an index entry per id (created with If-None-Match, so the same id is set once) and the
/// pending timer in its due-minute bucket (see <see cref="TimerKeys"/>), which <see cref="TimerSweeper"/> fires.
/// Costs 2 storage requests to set a timer (3 for an id already set), 3 to cancel one.
/// </summary>
public sealed class BlobTimerScheduler : ITimerScheduler
{
    public const int MaxIdLength = 512;
    public const int MaxPayloadBytes = 4096;

    private readonly IDocumentStore documents;
    private readonly BlobContainerClient container;
    private readonly TimerHandlers handlers;
    private readonly ILogger<BlobTimerScheduler> logger;

    public BlobTimerScheduler(IDocumentStore documents, BlobServiceClient blobs, IOptions<StorageOptions> storage,
        TimerHandlers handlers, ILogger<BlobTimerScheduler> logger)
    {
        this.documents = documents;
        container = blobs.GetBlobContainerClient(storage.Value.Container);
        this.handlers = handlers;
        this.logger = logger;
    }

    public async Task<bool> ScheduleAsync(TimerRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        var dueAt = request.DueAt.ToUniversalTime();
        var entry = new TimerIndexEntry(request.Id, request.Kind, dueAt, request.Payload,
            TimerKeys.Due(dueAt, request.Id), TimerState.Scheduled);
        var indexKey = TimerKeys.Index(request.Id);

        // Index first, then the pending timer: a crash between the two leaves an index entry that the next
        // ScheduleAsync of the same id (callers retry what failed) completes below.
        for (var round = 0; round < 3; round++)
        {
            if (await documents.TryCreateAsync(indexKey, entry, cancellationToken))
            {
                await documents.TryCreateAsync(entry.DueKey, entry.ToRecord(), cancellationToken);
                Log.TimerScheduled(logger, request.Id, request.Kind, dueAt);
                return true;
            }
            var existing = await documents.ReadAsync<TimerIndexEntry>(indexKey, cancellationToken);
            if (existing is null)
                continue; // cancelled between our create and read: try again
            if (existing.Value.State == TimerState.Scheduled)
                await documents.TryCreateAsync(existing.Value.DueKey, existing.Value.ToRecord(), cancellationToken);
            Log.TimerAlreadyScheduled(logger, request.Id, request.Kind, existing.Value.State.ToString());
            return false;
        }
        throw new DocumentConflictException(indexKey);
    }

    public async Task<bool> CancelAsync(string id, CancellationToken cancellationToken)
    {
        var indexKey = TimerKeys.Index(id);
        var existing = await documents.ReadAsync<TimerIndexEntry>(indexKey, cancellationToken);
        if (existing is not { Value.State: TimerState.Scheduled })
            return false;
        await documents.DeleteAsync(existing.Value.DueKey, cancellationToken);
        try
        {
            // Only the entry we read: if a sweeper marked it fired meanwhile, it stays fired.
            await container.GetBlobClient(indexKey).DeleteAsync(DeleteSnapshotsOption.None,
                new BlobRequestConditions { IfMatch = existing.ETag }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
        Log.TimerCancelled(logger, id);
        return true;
    }

    private void Validate(TimerRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Id) || request.Id.Length > MaxIdLength)
            throw new ArgumentException($"A timer id is 1 to {MaxIdLength} characters.", nameof(request));
        if (!handlers.Knows(request.Kind))
            throw new ArgumentException($"No timer handler is registered for the kind '{request.Kind}'.",
                nameof(request));
        if (request.Payload is { } payload && payload.GetRawText().Length > MaxPayloadBytes)
            throw new ArgumentException(
                $"A timer payload holds ids only: at most {MaxPayloadBytes} characters of JSON.", nameof(request));
    }
}
