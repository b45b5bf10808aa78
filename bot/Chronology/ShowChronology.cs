using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Chronology;

/// <summary><c>chronology</c> in a case channel: the first page, newest first.</summary>
public sealed class ShowChronology(CaseAccess access, ChronologyPages pages) : ICommandHandler
{
    public const string Action = "chronology.show";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A chronology belongs to a case: use 'chronology' in the case's channel.");
        return TurnReply.Card(ChronologyPages.Template, await pages.BuildAsync(grant.Case, 0, null, null, cancellationToken));
    }
}
