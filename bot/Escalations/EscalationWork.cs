using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// What an open escalation waits for: the owning agency's answer at the current stage (for the role holders the policy
/// names), or, once answered, the raiser's choice to accept it or take it to the next stage. Opens the escalation card.
/// </summary>
public sealed class EscalationWork(EscalationStore escalations, EscalationPolicy policy, EscalationCardBuilder build) : IWorkSource
{
    public string Name => "escalation";

    public async Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CaseFile file, CancellationToken cancellationToken) =>
        [.. (await escalations.ListAsync(file.CaseRef, cancellationToken)).Select(Item).OfType<WorkItem>()];

    private WorkItem? Item(Escalation e) => e.Status switch
    {
        EscalationStatus.AwaitingOwner when policy.Stage(e.Stage) is { } stage => new WorkItem(Name, e.Id,
            $"Escalation stage {e.Stage} ({EscalationVocabulary.Title(e.About)}): your agency's answer", e.DueAt,
            WorkOwner.AgencyRoles(stage.OwnerAgency, stage.OwnerRoles)),
        EscalationStatus.AwaitingRaiser => new WorkItem(Name, e.Id,
            $"Escalation stage {e.Stage} ({EscalationVocabulary.Title(e.About)}): accept the answer or take it further", e.DueAt,
            WorkOwner.Person(e.Raiser.UserKey)),
        _ => null,
    };

    public async Task<TurnReply> OpenAsync(CaseAccessGrant grant, WorkItem item, CancellationToken cancellationToken) =>
        await escalations.FindAsync(grant.Case.CaseRef, item.Id, cancellationToken) is { } escalation
            ? TurnReply.Card("escalations/escalation", build.Card(escalation))
            : TurnReply.Problem("That escalation could not be found.");
}
