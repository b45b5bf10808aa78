using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Plans;

/// <summary>
/// The plan document, changed only through <see cref="IDocumentStore.UpdateAsync{T}"/>: two owners updating their own
/// actions at once each re-read on conflict, so neither change is lost.
/// </summary>
public sealed class PlanStore(IDocumentStore store)
{
    public static string Key(string caseRef) => StorageKey.Join("cases", caseRef, "plan.json");

    public async Task<ChildPlan> FindAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<ChildPlan>(Key(caseRef), cancellationToken))?.Value ?? new ChildPlan(caseRef, []);

    public async Task<ChildPlan> UpdateAsync(string caseRef, Func<ChildPlan, ChildPlan> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync<ChildPlan>(Key(caseRef), current => change(current ?? new ChildPlan(caseRef, [])), cancellationToken)).Value;
}
