using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Plans;

/// <summary>Every change to the plan is an entry of the case's chronology, shared by every agency in the case.</summary>
public sealed class PlanChronology(ChronologyStore chronology, TimeProvider clock)
{
    public Task RecordAsync(CaseAccessGrant grant, PlanAction action, string step, string detail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return chronology.AppendAsync(grant.Case.CaseRef, new NewChronologyEntry(EntryKind.Plan, now,
            new EntryAuthor(grant.User.Key, grant.User.DisplayName, grant.Member?.Agency ?? Agency.Other), null,
            FamilyVisibility.Shareable, null,
            // The same change told twice (a retried click) is one entry.
            StorageKey.Hash($"plan\n{grant.Case.CaseRef}\n{action.Number}\n{step}\n{action.UpdatedAt?.UtcTicks ?? action.AddedAt.UtcTicks}"),
            new PlanBody(action.Number, step, detail)), cancellationToken);
    }
}
