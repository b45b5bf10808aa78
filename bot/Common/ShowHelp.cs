using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Common;

/// <summary><c>help</c>: what the bot can do in this conversation, from the commands actually routed.</summary>
public sealed class ShowHelp(RouteTable routes, CaseStore cases) : ICommandHandler
{
    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken) =>
        TurnReply.Card("common/help", new HelpCard(await ContextTitleAsync(turn, cancellationToken), List()));

    private IReadOnlyList<HelpCommand> List() =>
        routes.CommandRoutes.Select(c => new HelpCommand(c.Command, c.Description)).ToArray();

    private async Task<string> ContextTitleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.IsPersonal) return "Personal chat";
        if (!turn.IsChannel || turn.ChannelId is not { } channelId) return "Group chat";
        return await cases.FindChannelAsync(channelId, cancellationToken) switch
        {
            { Kind: ChannelKind.Case } link => $"Case channel {link.CaseRef}",
            { } desk => $"{Channels.ChannelSetupCard.DeskTitle(desk.Desk ?? DeskKind.OtherAgency)}: {desk.DeskName}",
            null => "A channel not linked yet (type 'setup')",
        };
    }
}
