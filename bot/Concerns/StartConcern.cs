using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns;

/// <summary><c>concern</c> in a case channel: posts a fresh concern card with its own draft id.</summary>
public sealed class StartConcern(CaseStore cases, CaseAccess access, TimeProvider clock) : ICommandHandler
{
    public const string Action = "concern.start";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var link = turn.ChannelId is { } channelId ? await cases.FindChannelAsync(channelId, cancellationToken) : null;
        if (link is not { Kind: ChannelKind.Case })
            return TurnReply.Text("A concern belongs to a case: use 'concern' in the case's channel.");
        var grant = await access.RequireAsync(link.CaseRef, turn, Action, cancellationToken);
        return TurnReply.Card("concerns/log-concern",
            ConcernCard.New(grant.Case, Guid.NewGuid().ToString("N"), SubmitConcern.Today(clock.GetUtcNow())));
    }
}
