using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Plans;

/// <summary><c>plan</c> in a case channel: the child's plan, for every agency in the case to see, with the forms to add and update.</summary>
public sealed class ShowPlan(CaseAccess access, PlanStore plans, PlanCardBuilder build) : ICommandHandler
{
    public const string Action = "plan.show";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A plan belongs to a case: use 'plan' in the case's channel.");
        return TurnReply.Card(PlanCardBuilder.Template, build.Card(grant.Case, await plans.FindAsync(grant.Case.CaseRef, cancellationToken)));
    }
}
