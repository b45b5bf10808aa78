using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// The escalation card and nudges in the case channel and the owner's copy, outside a clicked card's own turn. Card
/// updates are PUTs of the whole state (harmless to repeat); posts come last in a step so that a failure before them
/// never posts twice, and each is keyed (<see cref="EscalationOwnerCopies"/>) so that a retry skips what was sent.
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

    /// <summary>Redraws the case channel's card and the owner's copy, so that both show the same state.</summary>
    public async Task<bool> UpdateCardAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        var updated = await UpdateCardAsync(escalation, escalation.Card, cancellationToken);
        if (escalation.OwnerCopy is { } copy) await UpdateCardAsync(escalation, copy.Card, cancellationToken);
        return updated;
    }

    /// <summary>Posts the card in the owner's conversation; returns where it is.</summary>
    public async Task<EscalationCardRef> PostCopyAsync(OwnerConversation owner, Escalation escalation, CancellationToken cancellationToken)
    {
        trust.Trust(owner.ServiceUrl);
        var posted = await connector.SendToConversationAsync(owner.ServiceUrl, owner.ConversationId,
            Message(cards.Render("escalations/escalation", build.Card(escalation))), cancellationToken);
        return new EscalationCardRef(owner.ServiceUrl, owner.ConversationId, posted.Id ?? "");
    }

    public async Task<bool> UpdateCardAsync(Escalation escalation, EscalationCardRef card, CancellationToken cancellationToken)
    {
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
    public Task PostNudgeAsync(CaseFile file, string text, CancellationToken cancellationToken) =>
        PostTextAsync(file.Channel.ServiceUrl,
            new ConversationAccount { Id = file.Channel.ChannelId, IsGroup = true, ConversationType = "channel" }, text, cancellationToken);

    /// <summary>A plain message where the owner's copy is (their desk channel or personal chat).</summary>
    public Task PostOwnerNudgeAsync(EscalationOwnerCopy copy, string text, CancellationToken cancellationToken) =>
        PostTextAsync(copy.Card.ServiceUrl, new ConversationAccount { Id = copy.Card.ConversationId }, text, cancellationToken);

    private async Task PostTextAsync(string serviceUrl, ConversationAccount conversation, string text, CancellationToken cancellationToken)
    {
        trust.Trust(serviceUrl);
        await connector.SendToConversationAsync(serviceUrl, conversation.Id!, new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            Conversation = conversation,
        }, cancellationToken);
    }

    private static Activity Message(Attachment card) => new() { Type = ActivityTypes.Message, Attachments = [card] };
}
