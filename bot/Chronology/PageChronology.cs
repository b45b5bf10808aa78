using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Chronology;

/// <summary>What the chronology card's paging and filter buttons send.</summary>
public sealed record PageChronologyData(string? CaseRef, int? Page, string? Agency, string? Category);

/// <summary>Another page, or other filters, of a case's chronology: every request is checked afresh.</summary>
public sealed class PageChronology(CaseAccess access, ChronologyPages pages) : IVerbHandler<PageChronologyData>
{
    public static string Verb => "chronology.page";

    public async Task<TurnReply> HandleAsync(Turn turn, PageChronologyData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        return TurnReply.Card(ChronologyPages.Template,
            await pages.BuildAsync(grant.Case, data.Page ?? 0, data.Agency, data.Category, cancellationToken));
    }
}
