using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Posts conference cards as new messages in the case's channel (a decision made at a desk, a timer's warning).</summary>
public sealed class ConferencePublisher(IConnectorClient connector, TrustedServiceUrls trust, CardTemplates cards)
{
    public async Task<string> PostAsync(CaseFile file, string template, object data, CancellationToken cancellationToken)
    {
        // The service URL came from the authenticated activity that linked the case; trust lives in memory only.
        trust.Trust(file.Channel.ServiceUrl);
        var posted = await connector.SendToConversationAsync(file.Channel.ServiceUrl, file.Channel.ChannelId, new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [cards.Render(template, data)],
            Conversation = new ConversationAccount { Id = file.Channel.ChannelId, IsGroup = true, ConversationType = "channel" },
        }, cancellationToken);
        return posted.Id ?? "";
    }
}
