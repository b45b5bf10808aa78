using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// Someone left a team or chat the bot is in: the cached rosters are dropped, so that a person removed from a case's
/// channel loses access (their list of work, personal-chat actions) at once rather than when the cache runs out.
/// </summary>
public sealed class MembersRemovedEvents(ChannelRoster roster, ILogger<MembersRemovedEvents> logger) : IEventHandler
{
    public bool CanHandle(Turn turn) =>
        turn.Activity.IsType(ActivityTypes.ConversationUpdate) && turn.Activity.MembersRemoved is { Count: > 0 };

    public Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        roster.Forget();
        Log.RostersForgotten(logger, turn.CorrelationId, turn.Activity.MembersRemoved!.Count);
        return Task.FromResult(TurnReply.None);
    }
}
