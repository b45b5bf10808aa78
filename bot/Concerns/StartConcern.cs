using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns;

/// <summary><c>concern</c> in a case channel: posts a fresh concern card with its own draft id.</summary>
public sealed class StartConcern(CaseAccess access, TimeProvider clock) : ICommandHandler
{
    public const string Action = "concern.start";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A concern belongs to a case: use 'concern' in the case's channel.");
        return TurnReply.Card("concerns/log-concern",
            ConcernCard.New(grant.Case, Guid.NewGuid().ToString("N"), SubmitConcern.Today(clock.GetUtcNow())));
    }
}
