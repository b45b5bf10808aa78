using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Data of <c>conferences/briefing</c>: what the chair must know before the meeting. Sent to the chair's personal chat only.</summary>
public sealed record ChairBriefingCard(
    string CaseRef,
    string Initials,
    string Title,
    string When,
    string Replies,
    string Quorum,
    string MissingContributions,
    IReadOnlyList<MeetingRiskLine> Risks,
    IReadOnlyList<MeetingRiskLine> ProfessionalsOnly,
    string Scales);

/// <summary>
/// Working days before a conference, the chair is briefed in their personal chat (never in the channel, where people
/// who face the family may read): who is coming, quorum, missing contributions, and every item flagged professionals
/// only, so that the chair can plan how to handle it. Reviews found the chair must know such challenges beforehand.
/// </summary>
public sealed class ChairBriefingDue(ConferenceStore store, CaseStore cases, ContributionStore contributions, ConferenceCardBuilder build,
    ChannelRoster roster, IConnectorClient connector, TrustedServiceUrls trust, CardTemplates cards, ILogger<ChairBriefingDue> logger) : ITimerHandler
{
    public static string Kind => "conference.briefingDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var poll = timer.PayloadAs<ConferencePoll>();
        var conference = await store.FindAsync(poll.CaseRef, poll.ConferenceId, cancellationToken);
        if (conference is not { Status: ConferenceStatus.Scheduled }) return;
        if (await cases.FindCaseAsync(conference.CaseRef, cancellationToken) is not { } file) return;
        var chair = ConferenceRules.Chair(file);
        var account = chair is null ? null : await roster.FindAsync(file.Channel, chair.AadObjectId, cancellationToken);
        if (account?.Id is not { Length: > 0 } chatMemberId)
        {
            Log.Changed(logger, conference.CaseRef, conference.Id, conference.Type, "briefing-no-chair");
            return;
        }

        var card = Brief(conference, await contributions.ListAsync(conference.CaseRef, conference.Id, cancellationToken));
        trust.Trust(file.Channel.ServiceUrl);
        await connector.CreateConversationAsync(file.Channel.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            TenantId = account.TenantId ?? file.Channel.TenantId,
            Members = [new ChannelAccount { Id = chatMemberId, AadObjectId = account.AadObjectId }],
            Activity = new Activity { Type = ActivityTypes.Message, Attachments = [cards.Render("conferences/briefing", card)] },
        }, cancellationToken);
        Log.Changed(logger, conference.CaseRef, conference.Id, conference.Type, "chair-briefed");
    }

    public ChairBriefingCard Brief(Conference c, IReadOnlyList<Contribution> received)
    {
        var view = build.Card(c);
        var risk = build.Risk(c, null, []);
        var required = build.RequiredAgencies(c);
        var missing = required.Where(a => received.All(r => r.Agency != a)).Select(CaseVocabulary.Title).ToArray();
        var risks = MeetingRisks.Assess(build.Rules.Rule(c.Type), required, c.Invitees, c.Replies, withinWarningWindow: true);
        return new ChairBriefingCard(
            c.CaseRef, c.Initials, view.Title, view.When, risk.Replies, view.Quorum,
            missing.Length == 0 ? "Every required agency has sent its contribution." : "No contribution yet from: " + string.Join(", ", missing) + ".",
            risks.Select(r => new MeetingRiskLine(r.Text)).ToArray(),
            ContributionViews.ProfessionalsOnly(received).Select(t => new MeetingRiskLine(t)).ToArray(),
            received.Count == 0 ? "" : "Safety scale: " + string.Join("; ", received.Select(r => $"{CaseVocabulary.Title(r.Agency)} {r.SafetyScale}/10")));
    }
}
