using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Channels;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Common;

/// <summary>
/// Anything that is no command: in a channel nobody has linked yet, the first @mention brings the set-up
/// card; everywhere else the help card. Never silence.
/// </summary>
public sealed class UnknownCommand(CaseStore cases, ShowHelp help) : IFallbackHandler
{
    public async Task<TurnReply> HandleAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        if (turn.IsChannel && turn.ChannelId is { } channelId && await cases.FindChannelAsync(channelId, cancellationToken) is null)
            return TurnReply.Card("channels/setup", ChannelSetupCard.Empty(turn));
        return await help.HandleAsync(turn, "", cancellationToken);
    }
}
