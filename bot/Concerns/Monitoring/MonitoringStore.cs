using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>The case's current monitoring period, changed with ETags (two reviewers deciding at once cannot both win).</summary>
public sealed class MonitoringStore(IDocumentStore store)
{
    public static string Key(string caseRef) => StorageKey.Join("cases", caseRef, "monitoring.json");

    public async Task<MonitoringPeriod?> FindAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<MonitoringPeriod>(Key(caseRef), cancellationToken))?.Value;

    /// <summary>Applies <paramref name="change"/> (pure; it may run again on a conflict) to the current period, or to none.</summary>
    public async Task<MonitoringPeriod> UpdateAsync(string caseRef, Func<MonitoringPeriod?, MonitoringPeriod> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync(Key(caseRef), change, cancellationToken)).Value;
}

/// <summary>A change that no longer fits the stored period (someone else decided first); carries the period as it is.</summary>
public sealed class MonitoringChangedException(MonitoringPeriod? current) : Exception("The monitoring period was changed by someone else.")
{
    public MonitoringPeriod? Current { get; } = current;
}
