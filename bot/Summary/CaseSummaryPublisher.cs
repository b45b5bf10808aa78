using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Summary;

/// <summary>
/// Posts a case's summary as its own thread at the top of the case channel, and redraws that one message as the case
/// changes, so the channel has one living summary rather than a stream of them.
/// </summary>
public sealed class CaseSummaryPublisher(CaseSummaryBuilder build, SummaryCardStore cardStore, IConnectorClient connector,
    TrustedServiceUrls trust, CardTemplates cards, ILogger<CaseSummaryPublisher> logger) : ICaseView
{
    public string Name => "summary";

    public const string Template = "summary/case-summary";

    /// <summary>Posts a fresh summary thread and makes it the one kept up to date (an older one is left as it was).</summary>
    public async Task<SummaryCardRef> PostAsync(CaseFile file, CancellationToken cancellationToken)
    {
        var card = cards.Render(Template, await build.BuildAsync(file, cancellationToken));
        trust.Trust(file.Channel.ServiceUrl);
        var response = await connector.CreateConversationAsync(file.Channel.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = file.Channel.ChannelId } },
            Activity = new Activity { Type = ActivityTypes.Message, Attachments = [card] },
        }, cancellationToken);
        var conversationId = response.Id ?? throw new ConnectorException(null, "InvalidResponse", "No conversation id for the new thread.");
        // Teams names a channel thread after its root message: "<channel>;messageid=<root>".
        var activityId = response.ActivityId ?? conversationId.Split(";messageid=", 2).ElementAtOrDefault(1) ?? "";
        var posted = new SummaryCardRef(file.Channel.ServiceUrl, conversationId, activityId);
        await cardStore.SaveAsync(file.CaseRef, posted, cancellationToken);
        Log.SummaryPosted(logger, file.CaseRef);
        return posted;
    }

    /// <summary>Redraws the living summary, if the case has one. A summary deleted in Teams is posted again.</summary>
    public async Task RefreshAsync(CaseFile file, CancellationToken cancellationToken)
    {
        if (await cardStore.FindAsync(file.CaseRef, cancellationToken) is not { } posted) return;
        var card = cards.Render(Template, await build.BuildAsync(file, cancellationToken));
        trust.Trust(posted.ServiceUrl);
        try
        {
            await connector.UpdateActivityAsync(posted.ServiceUrl, posted.ConversationId, posted.ActivityId,
                new Activity { Type = ActivityTypes.Message, Id = posted.ActivityId, Attachments = [card] }, cancellationToken);
            Log.SummaryRefreshed(logger, file.CaseRef);
        }
        catch (ConnectorException ex) when (ex.StatusCode == 404)
        {
            await PostAsync(file, cancellationToken);
        }
    }
}
