using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Channels;

/// <summary>Inputs of the set-up card's "Link as an agency desk".</summary>
public sealed record LinkDeskData(string? DeskKind, string? DeskName);

/// <summary>Makes this channel an agency's desk: the CSC front door for an area, or a school's safeguarding team.</summary>
public sealed class LinkDesk(CaseStore cases, AgencyTenants tenants, AuditLog audit, TimeProvider clock, ILogger<LinkDesk> logger) : IVerbHandler<LinkDeskData>
{
    public static string Verb => "channel.linkDesk";

    private const int MaxNameLength = 80;

    public async Task<TurnReply> HandleAsync(Turn turn, LinkDeskData data, CancellationToken cancellationToken)
    {
        TurnReply Again(string problem) => TurnReply.Card("channels/setup",
            ChannelSetupCard.Again(turn, problem, null, null, null, data.DeskKind, data.DeskName));

        if (!turn.IsChannel || turn.ChannelId is not { } channelId || turn.TeamId is not { } teamId)
            return TurnReply.Problem("A desk is linked to a team channel. Use the set-up card in the desk's channel.");
        if (turn.User is not { } actor)
            return TurnReply.Problem("Teams did not say who you are, so the bot cannot link this desk.");
        if (!Enum.TryParse<DeskKind>(data.DeskKind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            return Again("Choose what kind of desk this channel is.");
        var name = (data.DeskName ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength)
            return Again($"Give the area or school this desk serves (up to {MaxNameLength} characters).");

        if (await cases.FindChannelAsync(channelId, cancellationToken) is { } existing)
            return LinkCase.AlreadyLinked(existing);

        var now = clock.GetUtcNow();
        var channel = new CaseChannel(turn.TenantId ?? "", teamId, channelId, turn.ServiceUrl);
        var (user, _) = await tenants.ResolveAsync(actor, channel, cancellationToken);
        if (!tenants.Allows(user.TenantId))
            return TurnReply.Problem("Your organisation is not one of the agencies this bot serves, so it cannot link this channel.");
        var link = new ChannelLink(ChannelKind.Desk, channel, null, kind, name, user.Key, now);
        if (!await cases.TryLinkChannelAsync(link, cancellationToken))
            return await cases.FindChannelAsync(channelId, cancellationToken) is { } winner
                ? LinkCase.AlreadyLinked(winner)
                : TurnReply.Problem("Someone else set up this channel at the same moment. Please try again.");

        await audit.RecordChannelAsync(channelId, Verb, turn, "desk-linked:" + kind, cancellationToken);
        Log.DeskLinked(logger, turn.CorrelationId, kind.ToString());
        return TurnReply.Card("channels/desk-linked",
            new DeskLinkedCard(ChannelSetupCard.DeskTitle(kind), name, user.DisplayName, DisplayTime.Format(now)), shared: true);
    }
}
