using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Referrals;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Escalations;

/// <summary>A conversation where a stage's owner will see the escalation.</summary>
public sealed record OwnerConversation(OwnerPlace Place, string ServiceUrl, string ConversationId);

/// <summary>
/// Where the owner of a stage works. First their agency's desk channel: for an escalation of a referral's decision
/// the desk that holds that referral, otherwise a desk of the owner's agency that this case is linked to (never a
/// desk that has nothing to do with the case). Failing that, the personal chat of the case member who holds the
/// stage's owner role (or, when nobody does, of the first member of the owner agency, as <see cref="EscalationRules.MayAnswer"/>
/// lets them answer), opened through the connector as Teams requires for a proactive 1:1 message.
/// </summary>
public sealed class EscalationOwnerReach(CaseStore cases, ReferralStore referrals, StalledWorkDigestIndex desks, ChannelRoster roster,
    IConnectorClient connector, TrustedServiceUrls trust, IOptions<BotAuthOptions> bot)
{
    /// <summary>Null when no desk is linked and no member can be reached in a personal chat.</summary>
    /// <exception cref="ConnectorException">Opening the personal chat failed other than by the bot not being installed for the person.</exception>
    public async Task<OwnerConversation?> FindAsync(CaseFile file, Escalation escalation, EscalationStage stage, CancellationToken cancellationToken) =>
        await DeskAsync(file, escalation, stage, cancellationToken) ?? await PersonalChatAsync(file, stage, cancellationToken);

    /// <summary>The desk channel the owner's agency answers in for this case, if one is linked.</summary>
    public async Task<ChannelLink?> OwnerDeskAsync(CaseFile file, Escalation escalation, EscalationStage stage, CancellationToken cancellationToken)
    {
        var kind = StalledWorkDigest.DeskFor(stage.OwnerAgency);
        if (escalation.ReferralId.Length > 0
            && await referrals.FindAsync(file.CaseRef, escalation.ReferralId, cancellationToken) is { } referral
            && await cases.FindChannelAsync(referral.Desk.ChannelId, cancellationToken) is { Kind: ChannelKind.Desk } held
            && held.Desk == kind)
            return held;
        foreach (var desk in await cases.ListDesksAsync(kind, cancellationToken))
            if ((await desks.CasesOfDeskAsync(desk.Channel.ChannelId, cancellationToken)).Contains(file.CaseRef, StringComparer.Ordinal))
                return desk;
        return null;
    }

    private async Task<OwnerConversation?> DeskAsync(CaseFile file, Escalation escalation, EscalationStage stage, CancellationToken cancellationToken) =>
        await OwnerDeskAsync(file, escalation, stage, cancellationToken) is { } desk
            ? new OwnerConversation(OwnerPlace.Desk, desk.Channel.ServiceUrl, desk.Channel.ChannelId)
            : null;

    private async Task<OwnerConversation?> PersonalChatAsync(CaseFile file, EscalationStage stage, CancellationToken cancellationToken)
    {
        var holders = file.Members.Where(m => stage.OwnerRoles.Contains(m.Role)).ToArray();
        if (holders.Length == 0) holders = file.Members.Where(m => m.Agency == stage.OwnerAgency).ToArray();
        foreach (var member in holders.OrderBy(m => m.GrantedAt))
        {
            // The Teams id of the person is learnt from the case channel's roster: a grant records only the AAD object id.
            if (await roster.FindAsync(file.Channel, member.AadObjectId, cancellationToken) is not { Id: { } teamsId }) continue;
            trust.Trust(file.Channel.ServiceUrl);
            try
            {
                var chat = await connector.CreateConversationAsync(file.Channel.ServiceUrl, new ConversationParameters
                {
                    Bot = bot.Value.HasAppId ? new ChannelAccount { Id = "28:" + bot.Value.MicrosoftAppId } : null,
                    Members = [new ChannelAccount { Id = teamsId }],
                    TenantId = member.TenantId,
                    ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = member.TenantId } },
                }, cancellationToken);
                if (chat.Id is { Length: > 0 } id) return new OwnerConversation(OwnerPlace.PersonalChat, file.Channel.ServiceUrl, id);
            }
            catch (ConnectorException ex) when (ex.StatusCode is 403 or 404)
            {
                // The app is not installed for this person: try the next holder.
            }
        }
        return null;
    }
}
