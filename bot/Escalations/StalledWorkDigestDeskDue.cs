using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// One desk's digest: a card in the desk channel listing its stalled work, oldest first, by case reference and
/// initials only; nothing at all when nothing is stalled. The post is the handler's last step and its only effect
/// outside storage, so the timer's once-in-effect holds for it.
/// </summary>
public sealed class StalledWorkDigestDeskDue(CaseStore cases, StalledWorkDigest digest, IConnectorClient connector, TrustedServiceUrls trust,
    CardTemplates cards, ILogger<StalledWorkDigestDeskDue> logger) : ITimerHandler
{
    public const string Template = "escalations/stalled-work-digest";

    public static string Kind => "escalation.stalledWorkDeskDigest";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var due = timer.PayloadAs<StalledWorkDeskTimer>();
        if (await cases.FindChannelAsync(due.DeskChannelId, cancellationToken) is not { Kind: ChannelKind.Desk } desk) return;
        var lines = await digest.ForDeskAsync(desk, cancellationToken);
        if (lines.Count == 0) return;

        trust.Trust(desk.Channel.ServiceUrl);
        await connector.SendToConversationAsync(desk.Channel.ServiceUrl, desk.Channel.ChannelId, new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [cards.Render(Template, StalledWorkDigestCard.From(desk.DeskName ?? "this desk", lines))],
        }, cancellationToken);
        Log.StalledWorkDigestSent(logger, due.Week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            StorageKey.Hash(due.DeskChannelId), lines.Count, lines.Select(l => l.CaseRef).Distinct(StringComparer.Ordinal).Count());
    }
}
