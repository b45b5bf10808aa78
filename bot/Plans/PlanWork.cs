using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Plans;

/// <summary>Each open action of the plan waits for its owner by its due day. Opens the plan, which the owner may update from there.</summary>
public sealed class PlanWork(PlanStore plans, PlanCardBuilder build) : IWorkSource
{
    public string Name => "plan";

    public async Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CaseFile file, CancellationToken cancellationToken) =>
        [.. (await plans.FindAsync(file.CaseRef, cancellationToken)).Actions.Where(a => a.IsOpen).Select(a => new WorkItem(Name,
            a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Plan action #{a.Number}: update it, or mark it done",
            build.DueAt(a), WorkOwner.Person(a.OwnerKey)))];

    public async Task<TurnReply> OpenAsync(CaseAccessGrant grant, WorkItem item, CancellationToken cancellationToken) =>
        TurnReply.Card(PlanCardBuilder.Template, build.Card(grant.Case, await plans.FindAsync(grant.Case.CaseRef, cancellationToken)));
}
