using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Hosting;

/// <summary>
/// Teams redelivers an activity it thinks went unanswered, with the same id, possibly to another
/// instance. A marker created with If-None-Match: * makes exactly one delivery win, wherever it lands.
/// </summary>
public sealed class ActivityDeduplicator(IDocumentStore store, TimeProvider clock)
{
    /// <summary>True for the first delivery; false for a redelivery that must have no effect.</summary>
    public async Task<bool> TryBeginAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.DedupKey is not { } dedupKey) return true;
        var key = KeyFor(dedupKey);
        if (await store.TryCreateAsync(key, new DeliveryMarker(clock.GetUtcNow(), turn.CorrelationId), cancellationToken)) return true;
        // The storage client retries a create whose answer was lost; then the marker found is this turn's own.
        var existing = await store.ReadAsync<DeliveryMarker>(key, cancellationToken);
        return existing?.Value.CorrelationId == turn.CorrelationId;
    }

    /// <summary>
    /// A turn that failed before doing anything lets a redelivery try again; the handlers' own conditional
    /// writes keep a partial first attempt from being applied twice.
    /// </summary>
    public Task ForgetAsync(Turn turn, CancellationToken cancellationToken) =>
        turn.DedupKey is { } key ? store.DeleteAsync(KeyFor(key), cancellationToken) : Task.CompletedTask;

    private static string KeyFor(string dedupKey) => StorageKey.Join("dedup", StorageKey.Hash(dedupKey));

    private sealed record DeliveryMarker(DateTimeOffset ReceivedAt, string CorrelationId);
}
