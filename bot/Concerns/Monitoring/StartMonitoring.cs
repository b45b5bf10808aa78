using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary><c>monitor</c> in a case channel: the running period as it stands, or the form for a new one.</summary>
public sealed class StartMonitoring(CaseAccess access, MonitoringStore store, MonitoringClock clock) : ICommandHandler
{
    public const string Action = "monitoring.start";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A monitoring period belongs to a case: use 'monitor' in the case's channel.");
        await access.RequireRoleAsync(grant, turn, Action, SetMonitoring.NoRole, cancellationToken);
        var limit = MonitoringRules.Limit(clock.Today, clock.MaxWeeks);
        if (await store.FindAsync(grant.Case.CaseRef, cancellationToken) is { IsOpen: true } open)
            return TurnReply.Card(MonitoringReviewCard.Template, MonitoringReviewCard.From(grant.Case, open, open.End <= clock.Today, "", limit));
        return TurnReply.Card(SetMonitoring.Template, SetMonitoring.Form(grant.Case, Guid.NewGuid().ToString("N"), "", "", "", "", limit));
    }
}
