using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.IntegrationTests.Scheduling;

/// <summary>Where a test nudge goes: ids only, as a real timer's payload.</summary>
public sealed record TestNudge(string ServiceUrl, string ConversationId);

/// <summary>
/// A test-only timer kind that does what every nudge does at its core: one proactive POST through the bot's real
/// connector client (token, trust check, retry pipeline). Its text names the timer, so that a test counts nudges
/// by timer at the fake connector. It adds no idempotency of its own: what it proves is the scheduler's.
/// </summary>
public sealed class TestNudgeDue(IConnectorClient connector, TrustedServiceUrls trust) : ITimerHandler
{
    public const string TextPrefix = "Test nudge for ";

    public static string Kind => "test.nudge";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var nudge = timer.PayloadAs<TestNudge>();
        trust.Trust(nudge.ServiceUrl);
        await connector.SendToConversationAsync(nudge.ServiceUrl, nudge.ConversationId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = TextPrefix + timer.Id,
            TextFormat = "plain",
        }, cancellationToken);
    }
}
