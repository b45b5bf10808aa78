using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Some working days before contributions are due for sharing with the family, the contribution card is posted in the
/// case channel for each agency's representative. A meeting cancelled or moved since is not asked for.
/// </summary>
public sealed class ContributionsDue(ConferenceStore store, CaseStore cases, ConferencePublisher publisher, ContributionCardBuilder build)
    : ITimerHandler
{
    public static string Kind => "conference.contributionsDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var poll = timer.PayloadAs<ConferencePoll>();
        var conference = await store.FindAsync(poll.CaseRef, poll.ConferenceId, cancellationToken);
        if (conference is not { Status: ConferenceStatus.Scheduled }) return;
        if (await cases.FindCaseAsync(conference.CaseRef, cancellationToken) is not { } file) return;
        await publisher.PostAsync(file, "conferences/contribution", build.Card(conference), cancellationToken);
    }
}
