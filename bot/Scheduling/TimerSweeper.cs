using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// Fires due timers, every <see cref="SchedulingOptions.SweepInterval"/>, on every instance of the bot.
/// </summary>
/// <remarks>
/// Exactly once in effect, by claims rather than a leader: each instance lists the due buckets and claims a
/// timer by rewriting it as "claimed by me until T" with If-Match on the ETag it read, so of several instances
/// exactly one wins each timer, and all of them share the work (a blob-lease leader would be one instance
/// doing all of it, and a leader that stalls stalls every timer until its lease lapses). The winner runs the
/// handler, then records the id as fired and deletes the timer. If it dies in between, its claim expires after
/// <see cref="SchedulingOptions.ClaimDuration"/> and another instance fires the timer again: delivery is at
/// least once, and handlers make it once in effect by keying what they do on <see cref="TimerFired.Id"/>. A handler
/// that failed is retried with back-off, except after a connector call that got no answer: its message may have been
/// posted, so the timer is parked rather than risk a second post (<see cref="TimerFailures"/>).
/// Nothing is lost to downtime: a sweep takes every bucket up to the current minute, so timers that fell due
/// while no instance ran fire at the first sweep after.
/// </remarks>
public sealed class TimerSweeper : BackgroundService
{
    // Pages small enough that the page read past the due buckets costs little.
    private const int PageSize = 500;

    private static readonly TimeSpan RecordTimeout = TimeSpan.FromSeconds(30);

    private readonly IDocumentStore documents;
    private readonly BlobContainerClient container;
    private readonly TimerHandlers handlers;
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly SchedulingOptions options;
    private readonly ILogger<TimerSweeper> logger;

    public TimerSweeper(IDocumentStore documents, BlobServiceClient blobs, IOptions<StorageOptions> storage,
        TimerHandlers handlers, IServiceScopeFactory scopes, TimeProvider clock, IOptions<SchedulingOptions> options,
        ILogger<TimerSweeper> logger)
    {
        this.documents = documents;
        container = blobs.GetBlobContainerClient(storage.Value.Container);
        this.handlers = handlers;
        this.scopes = scopes;
        this.clock = clock;
        this.options = options.Value;
        this.logger = logger;
    }

    public string InstanceId => options.InstanceId;

    /// <summary>Fires every timer due now that no other instance holds, and returns what happened.</summary>
    public async Task<SweepResult> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await ListDueAsync(TimerKeys.Bucket(now), cancellationToken);
        // Instances sweeping at once start at different places, so that they mostly claim different timers.
        Random.Shared.Shuffle(due);
        var outcomes = new ConcurrentBag<TimerOutcome>();
        await Parallel.ForEachAsync(due,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (key, ct) => outcomes.Add(await FireAsync(key, ct)));
        var result = SweepResult.Sum(outcomes, due.Length);
        if (result.Fired + result.Retried + result.Parked > 0)
            Log.Swept(logger, options.InstanceId, result.Listed, result.Fired, result.Retried, result.Parked);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(options.SweepInterval, clock);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The next tick tries again: storage may be back by then.
                Log.SweepFailed(logger, ex, options.InstanceId);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<string[]> ListDueAsync(string nowBucket, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var page in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, TimerKeys.DuePrefix,
                           cancellationToken: cancellationToken).AsPages(pageSizeHint: PageSize))
        {
            foreach (var blob in page.Values)
            {
                if (TimerKeys.BucketOf(blob.Name) is not { } bucket)
                    continue;
                if (string.CompareOrdinal(bucket, nowBucket) > 0)
                    return [.. keys]; // listing is in key order: everything from here on is in the future
                keys.Add(blob.Name);
            }
        }
        return [.. keys];
    }

    private async Task<TimerOutcome> FireAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var read = await documents.ReadAsync<TimerRecord>(key, cancellationToken);
        if (read is null || read.Value.DueAt > now || read.Value.NotBefore > now || read.Value.IsHeldAt(now))
            return TimerOutcome.Skipped;

        var claimed = read.Value with
        {
            Attempts = read.Value.Attempts + 1,
            ClaimedBy = options.InstanceId,
            ClaimedUntil = now + options.ClaimDuration,
        };
        ETag claim;
        try
        {
            claim = await documents.ReplaceAsync(key, claimed, read.ETag, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return TimerOutcome.Skipped; // another instance claimed it first
        }

        var index = await documents.ReadAsync<TimerIndexEntry>(TimerKeys.Index(claimed.Id), cancellationToken);
        if (index is not { Value.State: TimerState.Scheduled } || index.Value.DueKey != key)
        {
            // Cancelled, or already fired (a late re-schedule re-created it): nothing to do but tidy up.
            await DeleteClaimedAsync(key, claim, cancellationToken);
            return TimerOutcome.Skipped;
        }
        if (claimed.Attempts > options.MaxAttempts)
            return await ParkAsync(key, claim, index, claimed, cancellationToken); // its last holder died

        var failure = await RunHandlerAsync(claimed, now, cancellationToken);
        if (failure is null)
        {
            // The effect has happened: record it even when this sweep is being stopped (a shutdown, a deploy), or
            // another instance would repeat the effect once our claim expires. Bounded in real time, not by the
            // sweep's token, so that a stop waits for these few requests and no longer.
            using var recording = new CancellationTokenSource(RecordTimeout);
            await FinishAsync(index, TimerState.Fired, recording.Token);
            await DeleteClaimedAsync(key, claim, recording.Token);
            Log.TimerFired(logger, claimed.Id, claimed.Kind, claimed.Attempts);
            return TimerOutcome.Fired;
        }

        var failed = claimed with { LastError = TimerFailures.Describe(failure) };
        if (claimed.Attempts >= options.MaxAttempts || TimerFailures.OutcomeUnknown(failure))
            return await ParkAsync(key, claim, index, failed, cancellationToken);

        var retryAt = clock.GetUtcNow() + (TimerFailures.RetryAfter(failure) ?? RetryDelay(claimed.Attempts));
        try
        {
            await documents.ReplaceAsync(key,
                failed with { ClaimedBy = null, ClaimedUntil = null, NotBefore = retryAt }, claim, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Our claim lapsed and another instance has it now: the retry is theirs.
        }
        Log.TimerRetrying(logger, claimed.Id, claimed.Kind, claimed.Attempts, failed.LastError!, retryAt);
        return TimerOutcome.Retried;
    }

    /// <summary>Null when the handler succeeded; otherwise what it threw.</summary>
    private async Task<Exception?> RunHandlerAsync(TimerRecord timer, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.HandlerTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (handlers.Find(timer.Kind) is not { } type)
                return new InvalidOperationException($"No timer handler for the kind '{timer.Kind}'.");
            await using var scope = scopes.CreateAsyncScope();
            var handler = (ITimerHandler)scope.ServiceProvider.GetRequiredService(type);
            await handler.HandleAsync(
                new TimerFired(timer.Id, timer.Kind, timer.DueAt, timer.Payload, timer.Attempts, now), linked.Token);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ex;
        }
    }

    private async Task<TimerOutcome> ParkAsync(string key, ETag claim, StoredDocument<TimerIndexEntry> index,
        TimerRecord timer, CancellationToken cancellationToken)
    {
        await documents.TryCreateAsync(TimerKeys.Failed(timer.Id), timer with { ClaimedBy = null, ClaimedUntil = null },
            cancellationToken);
        await FinishAsync(index, TimerState.Failed, cancellationToken);
        await DeleteClaimedAsync(key, claim, cancellationToken);
        Log.TimerParked(logger, timer.Id, timer.Kind, timer.Attempts, timer.LastError ?? "ClaimExpired");
        return TimerOutcome.Parked;
    }

    private async Task FinishAsync(StoredDocument<TimerIndexEntry> index, TimerState state,
        CancellationToken cancellationToken)
    {
        try
        {
            await documents.ReplaceAsync(TimerKeys.Index(index.Value.Id),
                index.Value with { State = state, FinishedAt = clock.GetUtcNow() }, index.ETag, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Cancelled while the handler ran: the id is free again, as a cancel promises.
        }
    }

    /// <summary>Deletes the pending timer if our claim still stands; if it lapsed, its new holder tidies up.</summary>
    private async Task DeleteClaimedAsync(string key, ETag claim, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(key).DeleteAsync(DeleteSnapshotsOption.None,
                new BlobRequestConditions { IfMatch = claim }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    private TimeSpan RetryDelay(int attempt)
    {
        var delay = options.FirstRetryDelay * Math.Pow(2, attempt - 1);
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }
}
