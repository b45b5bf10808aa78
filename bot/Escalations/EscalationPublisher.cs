using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// The escalation card and nudges in the case channel, outside a clicked card's own turn. Card updates are PUTs of
/// the whole state (harmless to repeat); posts come last in a step so that a failure before them never posts twice.
/// </summary>
public sealed class EscalationPublisher(IConnectorClient connector, TrustedServiceUrls trust, CardTemplates cards,
    EscalationCardBuilder build, ILogger<EscalationPublisher> logger)
{
    /// <summary>Posts the card as a new post in the case channel; returns where it is.</summary>
    public async Task<EscalationCardRef> PostCardAsync(CaseFile file, Escalation escalation, CancellationToken cancellationToken)
    {
        trust.Trust(file.Channel.ServiceUrl);
        var posted = await connector.SendToConversationAsync(file.Channel.ServiceUrl, file.Channel.ChannelId,
            Message(cards.Render("escalations/escalation", build.Card(escalation))), cancellationToken);
        return new EscalationCardRef(file.Channel.ServiceUrl, file.Channel.ChannelId, posted.Id ?? "");
    }

    public async Task<bool> UpdateCardAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        var card = escalation.Card;
        if (card.ConversationId.Length == 0 || card.ActivityId.Length == 0) return false;
        trust.Trust(card.ServiceUrl);
        var activity = Message(cards.Render("escalations/escalation", build.Card(escalation))) with
        {
            Id = card.ActivityId,
            Conversation = new ConversationAccount { Id = card.ConversationId },
        };
        try
        {
            await connector.UpdateActivityAsync(card.ServiceUrl, card.ConversationId, card.ActivityId, activity, cancellationToken);
            return true;
        }
        catch (ConnectorException ex)
        {
            Log.CardFailed(logger, escalation.CaseRef, escalation.Id, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
            return false;
        }
    }

    /// <summary>A plain message in the case channel: case reference, initials and roles only, never the description.</summary>
    public async Task PostNudgeAsync(CaseFile file, string text, CancellationToken cancellationToken)
    {
        trust.Trust(file.Channel.ServiceUrl);
        await connector.SendToConversationAsync(file.Channel.ServiceUrl, file.Channel.ChannelId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            Conversation = new ConversationAccount { Id = file.Channel.ChannelId, IsGroup = true, ConversationType = "channel" },
        }, cancellationToken);
    }

    private static Activity Message(Attachment card) => new() { Type = ActivityTypes.Message, Attachments = [card] };
}
