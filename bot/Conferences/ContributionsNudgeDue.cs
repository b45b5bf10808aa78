using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// On the morning contributions are due for sharing with the family, the case channel is told which required
/// agencies have not sent theirs. It names agencies only: never anything that was contributed.
/// </summary>
public sealed class ContributionsNudgeDue(ConferenceStore store, CaseStore cases, ContributionStore contributions, ConferenceCardBuilder build,
    ConferenceRules rules, IConnectorClient connector, TrustedServiceUrls trust) : ITimerHandler
{
    public static string Kind => "conference.contributionsNudge";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var poll = timer.PayloadAs<ConferencePoll>();
        var conference = await store.FindAsync(poll.CaseRef, poll.ConferenceId, cancellationToken);
        if (conference is not { Status: ConferenceStatus.Scheduled } || rules.SharingDeadline(conference) is not { } deadline) return;
        if (await cases.FindCaseAsync(conference.CaseRef, cancellationToken) is not { } file) return;
        var received = await contributions.ListAsync(conference.CaseRef, conference.Id, cancellationToken);
        var missing = build.RequiredAgencies(conference).Where(a => received.All(r => r.Agency != a)).Select(CaseVocabulary.Title).ToArray();
        if (missing.Length == 0) return;

        var card = build.Card(conference);
        trust.Trust(file.Channel.ServiceUrl);
        await connector.SendToConversationAsync(file.Channel.ServiceUrl, file.Channel.ChannelId, new Activity
        {
            Type = ActivityTypes.Message,
            TextFormat = "plain",
            Text = $"Reminder for {conference.CaseRef} ({conference.Initials}): contributions for the {card.Title.ToLowerInvariant()} on {card.When} " +
                   $"are due for sharing with the family by {Common.DisplayTime.Format(deadline)}. Still missing: {string.Join(", ", missing)}.",
            Conversation = new ConversationAccount { Id = file.Channel.ChannelId, IsGroup = true, ConversationType = "channel" },
        }, cancellationToken);
    }
}
