using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// <c>conference &lt;type&gt;</c> in a case channel, by children's social care, the conference chair or a case lead:
/// records the meeting with its due date and answers with its card (invitees by agency and "Find slots").
/// </summary>
public sealed class RequestConference(CaseCoordinatorBot.Cases.CaseAccess access, ConferenceAccess conferences, ConferenceRequests requests,
    ConferenceCardBuilder build, TimeProvider clock) : ICommandHandler
{
    public const string Action = "conference.request";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var grant = await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken);
        if (grant is null)
            return TurnReply.Text("Meetings are arranged from the case's channel: use 'conference' there.");
        await conferences.RequireArrangerAsync(grant, turn, Action, cancellationToken);
        if (!ConferenceVocabulary.TryParse(arguments, out var type))
            return TurnReply.Text(ConferenceVocabulary.Usage);

        var by = ConferenceRequests.Person(grant);
        var (conference, _) = await requests.RequestAsync(grant.Case, ConferenceStore.NewId(), type, by, clock.GetUtcNow(), null,
            $"Requested by {by.Name}", cancellationToken);
        return TurnReply.Card("conferences/conference", build.Card(conference));
    }
}
