using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>What the endpoint answers: an invoke response body for invokes, nothing otherwise.</summary>
public sealed record RouterOutcome(AdaptiveCardInvokeResponse? InvokeResponse)
{
    public static RouterOutcome Empty { get; } = new((AdaptiveCardInvokeResponse?)null);
}
