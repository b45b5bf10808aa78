using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.MyWork;

/// <summary>What an item's button sends: the case, the feature that owns the item, and its id there.</summary>
public sealed record OpenWorkItemData(string? CaseRef, string? Source, string? Id);

/// <summary>
/// An item's button on the home card: opens the card on which the person acts on it. The item is looked up again in
/// the feature's own records (the list may be minutes old), and must still wait for this person; an item for someone
/// else is refused and audited, since the list never offers one.
/// </summary>
public sealed class OpenWorkItem(CaseAccess access, IEnumerable<IWorkSource> sources, AuditLog audit, ILogger<OpenWorkItem> logger)
    : IVerbHandler<OpenWorkItemData>
{
    public static string Verb => "mywork.open";

    public async Task<TurnReply> HandleAsync(Turn turn, OpenWorkItemData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, CaseReach.CaseChannelOrPersonalChat, cancellationToken);
        if (sources.FirstOrDefault(s => s.Name == data.Source) is not { } source)
            return TurnReply.Problem("This button is not one the bot made. Nothing was opened; type 'my work' for a fresh list.");
        var item = (await source.OpenItemsAsync(grant.Case, cancellationToken)).FirstOrDefault(i => i.Id == data.Id);
        if (item is null)
            return TurnReply.Problem("This is no longer waiting: someone has dealt with it since the list was made. Type 'my work' for a fresh list.");
        if (grant.Member is not { } member || !item.Owner.Includes(member))
        {
            await audit.RecordAsync(grant.Case.CaseRef, Verb, turn, "refused:not-the-owner", cancellationToken);
            return TurnReply.Problem("This item waits for someone else in the case, so it was not opened. The attempt was recorded.");
        }
        Log.Opened(logger, turn.CorrelationId, source.Name, grant.Case.CaseRef);
        return await source.OpenAsync(grant, item, cancellationToken);
    }
}
