using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns;

/// <summary>Inputs of a "Log a concern" button on a prompt card.</summary>
public sealed record NewConcernData(string? CaseRef);

/// <summary>
/// "Log a concern" on a review prompt, an "anything new?" prompt or the personal chat's case picker: a fresh concern
/// card for the clicker.
/// </summary>
public sealed class NewConcern(Cases.CaseAccess access, TimeProvider clock) : IVerbHandler<NewConcernData>
{
    public static string Verb => "concern.new";

    public async Task<TurnReply> HandleAsync(Turn turn, NewConcernData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, Cases.CaseReach.CaseChannelOrPersonalChat, cancellationToken);
        return TurnReply.Card("concerns/log-concern",
            ConcernCard.New(grant.Case, Guid.NewGuid().ToString("N"), SubmitConcern.Today(clock.GetUtcNow())));
    }
}
