using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// "Escalate" on a cancelled meeting or on the chair's warning: opens the escalation start card, about a meeting
/// cancelled or not attended, with what happened filled in; on a second professionals-only meeting in a row, about a
/// conference process that is not working. The escalation itself is the escalations' own flow.
/// </summary>
public sealed class OfferEscalation(ConferenceAccess access, EscalationCardBuilder escalations, ConferenceCardBuilder build) : IVerbHandler<ConferenceActionData>
{
    public static string Verb => "conference.escalate";

    public async Task<TurnReply> HandleAsync(Turn turn, ConferenceActionData data, CancellationToken cancellationToken)
    {
        var (grant, conference) = await access.RequireAsync(data.CaseRef, data.ConferenceId, turn, Verb, arrange: false, cancellationToken);
        var card = build.Card(conference);
        if (conference is { Type: MeetingType.ProfessionalsOnly, Status: ConferenceStatus.Scheduled })
            return TurnReply.Card("escalations/start", escalations.Start(grant.Case, EscalationRules.NewId(),
                about: nameof(EscalationTopic.ConferenceNotWorking),
                description: $"A second professionals-only meeting in a row ({card.When}): the conference process may not be working for this child."));
        var what = conference.Status == ConferenceStatus.Cancelled
            ? $"{card.Title} {(card.When.Length > 0 ? "of " + card.When + " " : "")}was cancelled. {card.Cancellation}"
            : $"{card.Title} of {card.When} is at risk: " + string.Join(" ", MeetingRisks.Assess(build.Rules.Rule(conference.Type),
                build.RequiredAgencies(conference), conference.Invitees, conference.Replies, withinWarningWindow: false).Select(r => r.Text));
        return TurnReply.Card("escalations/start", escalations.Start(grant.Case, EscalationRules.NewId(),
            about: nameof(EscalationTopic.MeetingMissed), description: what.Trim()));
    }
}
