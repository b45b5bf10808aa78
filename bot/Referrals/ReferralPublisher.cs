using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// The referral's cards outside the conversation that was clicked: the desk thread, the school's status card, the
/// status-request cards. Updates are PUTs of the whole current state, so repeating one is harmless (the connector
/// pipeline retries them on 429, 503 and timeouts); posts are never retried blindly.
/// </summary>
public sealed class ReferralPublisher(IConnectorClient connector, TrustedServiceUrls trust, CardTemplates cards,
    ReferralCardBuilder build, ILogger<ReferralPublisher> logger)
{
    /// <summary>Opens the referral's own thread in the desk channel. Returns (thread conversation id, card id).</summary>
    public async Task<(string ConversationId, string ActivityId)> OpenDeskThreadAsync(Referral referral, CancellationToken cancellationToken)
    {
        Trust(referral.Desk.ServiceUrl);
        var response = await connector.CreateConversationAsync(referral.Desk.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = referral.Desk.ChannelId } },
            Activity = Message(cards.Render("referrals/desk", build.Desk(referral))),
        }, cancellationToken);
        var conversationId = response.Id ?? throw new ConnectorException(null, "InvalidResponse", "No conversation id for the new thread.");
        // Teams names a channel thread after its root message: "<channel>;messageid=<root>".
        var activityId = response.ActivityId ?? conversationId.Split(";messageid=", 2).ElementAtOrDefault(1) ?? "";
        return (conversationId, activityId);
    }

    /// <summary>Puts the school's status card as the referral is now. False (and logged) when it could not be done.</summary>
    public Task<bool> UpdateSchoolCardAsync(Referral referral, CancellationToken cancellationToken) =>
        UpdateAsync(referral, referral.Cards.SchoolServiceUrl, referral.Cards.SchoolConversationId, referral.Cards.SchoolActivityId,
            cards.Render("referrals/status", build.Status(referral)), "school", cancellationToken);

    /// <summary>Puts the desk thread's referral card as the referral is now.</summary>
    public Task<bool> UpdateDeskCardAsync(Referral referral, CancellationToken cancellationToken) =>
        UpdateAsync(referral, referral.Desk.ServiceUrl, referral.Cards.DeskConversationId, referral.Cards.DeskActivityId,
            cards.Render("referrals/desk", build.Desk(referral)), "desk", cancellationToken);

    /// <summary>Replies in the referral's desk thread with a status-request card; returns the new card's id.</summary>
    public async Task<string> PostStatusRequestAsync(Referral referral, StatusRequest request, CancellationToken cancellationToken)
    {
        Trust(referral.Desk.ServiceUrl);
        var activity = Message(cards.Render("referrals/status-request", build.Request(referral, request))) with
        {
            Conversation = new ConversationAccount { Id = referral.Cards.DeskConversationId, IsGroup = true, ConversationType = "channel" },
        };
        var posted = await connector.ReplyToActivityAsync(referral.Desk.ServiceUrl, referral.Cards.DeskConversationId,
            referral.Cards.DeskActivityId, activity, cancellationToken);
        return posted.Id ?? "";
    }

    /// <summary>A plain reminder in the referral's desk thread: case reference and initials only, no referral text.</summary>
    public async Task PostNudgeAsync(Referral referral, string text, CancellationToken cancellationToken)
    {
        Trust(referral.Desk.ServiceUrl);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            Conversation = new ConversationAccount { Id = referral.Cards.DeskConversationId, IsGroup = true, ConversationType = "channel" },
        };
        await connector.ReplyToActivityAsync(referral.Desk.ServiceUrl, referral.Cards.DeskConversationId,
            referral.Cards.DeskActivityId, activity, cancellationToken);
    }

    private async Task<bool> UpdateAsync(Referral referral, string serviceUrl, string conversationId, string activityId,
        Attachment card, string which, CancellationToken cancellationToken)
    {
        if (conversationId.Length == 0 || activityId.Length == 0) return false;
        Trust(serviceUrl);
        var activity = Message(card) with
        {
            Id = activityId,
            Conversation = new ConversationAccount { Id = conversationId },
        };
        try
        {
            await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
            return true;
        }
        catch (ConnectorException ex)
        {
            Log.CardUpdateFailed(logger, referral.CaseRef, referral.Id, which, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
            return false;
        }
    }

    // The stored service URLs came from authenticated activities; trust is in memory only, so it is renewed here.
    private void Trust(string serviceUrl) => trust.Trust(serviceUrl);

    private static Activity Message(Attachment card) => new() { Type = ActivityTypes.Message, Attachments = [card] };
}
