using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Channels;

/// <summary>
/// The bot added to a team, chat or personal scope: keep the conversation reference, and greet once:
/// in an unlinked channel with the set-up card, in a personal chat with the person's home card, elsewhere with the welcome card.
/// </summary>
public sealed class InstallationEvents(ConversationReferences references, CaseStore cases, ILogger<InstallationEvents> logger,
    IPersonalWelcome? personalWelcome = null) : IEventHandler
{
    public bool CanHandle(Turn turn)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.InstallationUpdate))
            return activity.Action is null || activity.Action.StartsWith("add", StringComparison.OrdinalIgnoreCase);
        return activity.IsType(ActivityTypes.ConversationUpdate)
            && activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;
    }

    public async Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var first = await references.TryAddAsync(turn, cancellationToken);
        Log.Installed(logger, turn.CorrelationId, turn.ConversationType, first);
        // installationUpdate and conversationUpdate come as a pair (the Playground repeats them on every
        // page load): greet only on whichever first stored the reference.
        if (!first) return TurnReply.None;
        if (turn.IsChannel && turn.ChannelId is { } channelId && await cases.FindChannelAsync(channelId, cancellationToken) is null)
            return TurnReply.Card("channels/setup", ChannelSetupCard.Empty(turn));
        if (turn.IsPersonal && personalWelcome is not null) return await personalWelcome.WelcomeAsync(turn, cancellationToken);
        return TurnReply.Card("common/welcome", WelcomeCard.For(turn));
    }
}
