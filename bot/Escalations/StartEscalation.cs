using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Escalations;

/// <summary><c>escalate</c> in a case channel: the card that asks what the disagreement is about, for anyone with a role in the case.</summary>
public sealed class StartEscalation(CaseStore cases, CaseAccess access, EscalationCardBuilder build) : ICommandHandler
{
    public const string Action = "escalation.start";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var link = turn.ChannelId is { } channelId ? await cases.FindChannelAsync(channelId, cancellationToken) : null;
        if (link is not { Kind: ChannelKind.Case })
            return TurnReply.Text("An escalation is raised from the case's channel: use 'escalate' there. " + EscalationVocabulary.ImmediateRisk);
        var grant = await access.RequireAsync(link.CaseRef, turn, Action, cancellationToken);
        await access.RequireRoleAsync(grant, turn, Action, NoRole, cancellationToken);
        return TurnReply.Card("escalations/start", build.Start(grant.Case, EscalationRules.NewId()));
    }

    internal const string NoRole = "Only professionals with a role in this case can raise an escalation. A case lead can grant you one. The refusal was recorded. "
        + EscalationVocabulary.ImmediateRisk;
}
