using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Before a booked meeting, each required agency owes its contribution by the family-sharing deadline (or the meeting
/// itself where the type has none); the agency's role holders in the case see it until it is sent. Opens the
/// contribution card.
/// </summary>
public sealed class ContributionWork(ConferenceStore conferences, ContributionStore contributions, ConferenceCardBuilder build,
    ContributionCardBuilder cards, TimeProvider clock) : IWorkSource
{
    public string Name => "contribution";

    public async Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CaseFile file, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var items = new List<WorkItem>();
        foreach (var booked in (await conferences.ListAsync(file.CaseRef, cancellationToken))
                     .Where(s => s.Status == ConferenceStatus.Scheduled && s.Start > now))
        {
            if (await conferences.FindAsync(file.CaseRef, booked.Id, cancellationToken) is not { Meeting: { } meeting } conference) continue;
            var received = (await contributions.ListAsync(file.CaseRef, conference.Id, cancellationToken)).Select(c => c.Agency).ToHashSet();
            var due = build.Rules.SharingDeadline(conference) ?? meeting.Start;
            items.AddRange(build.RequiredAgencies(conference).Where(a => !received.Contains(a)).Select(a => new WorkItem(Name,
                $"{conference.Id}.{a}", $"Contribution to the {ConferenceVocabulary.Title(conference.Type).ToLowerInvariant()}", due,
                WorkOwner.AgencyRoles(a, []), meeting.Start)));
        }
        return items;
    }

    public async Task<TurnReply> OpenAsync(CaseAccessGrant grant, WorkItem item, CancellationToken cancellationToken) =>
        await conferences.FindAsync(grant.Case.CaseRef, item.Id.Split('.')[0], cancellationToken) is { } conference
            ? TurnReply.Card("conferences/contribution", cards.Card(conference))
            : TurnReply.Problem("That meeting could not be found.");
}
