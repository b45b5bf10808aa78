using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Channels;

/// <summary><c>setup</c>: the set-up card, or what this channel is already linked to.</summary>
public sealed class ShowSetup(CaseStore cases) : ICommandHandler
{
    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (!turn.IsChannel || turn.ChannelId is not { } channelId)
            return TurnReply.Text("Set-up happens in a team channel: add the bot to the case's channel and @mention it there.");
        return await cases.FindChannelAsync(channelId, cancellationToken) is { } link
            ? LinkCase.AlreadyLinked(link)
            : TurnReply.Card("channels/setup", ChannelSetupCard.Empty(turn));
    }
}
