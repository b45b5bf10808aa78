using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Concerns;

/// <summary>Posts a card as a new message in a case's channel, from the reference the case file keeps.</summary>
public sealed class CaseChannelPoster(IConnectorClient connector, TrustedServiceUrls trust, CardTemplates cards)
{
    public async Task<string> PostCardAsync(CaseFile file, string template, object data, CancellationToken cancellationToken)
    {
        // The service URL came from the authenticated activity that linked the case; trust lives in memory only.
        trust.Trust(file.Channel.ServiceUrl);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [cards.Render(template, data)],
            Conversation = new ConversationAccount { Id = file.Channel.ChannelId, IsGroup = true, ConversationType = "channel" },
        };
        var posted = await connector.SendToConversationAsync(file.Channel.ServiceUrl, file.Channel.ChannelId, activity, cancellationToken);
        return posted.Id ?? "";
    }

    /// <summary>A plain message in the case channel: the case reference and initials first, never concern text.</summary>
    public async Task PostTextAsync(CaseFile file, string text, CancellationToken cancellationToken)
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

    /// <summary>A plain reply in a thread of another channel (a referral's desk thread), reached through its own service URL.</summary>
    public async Task ReplyInThreadAsync(string serviceUrl, string conversationId, string rootActivityId, string text, CancellationToken cancellationToken)
    {
        trust.Trust(serviceUrl);
        await connector.ReplyToActivityAsync(serviceUrl, conversationId, rootActivityId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            Conversation = new ConversationAccount { Id = conversationId, IsGroup = true, ConversationType = "channel" },
        }, cancellationToken);
    }
}
