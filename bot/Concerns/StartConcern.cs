using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// <c>concern</c> in a case channel: posts a fresh concern card with its own draft id. In a personal chat it asks which
/// of the person's cases the concern is about (straight to the card when there is one), so that a worry noticed
/// between lessons or visits is logged there and then rather than remembered later.
/// </summary>
public sealed class StartConcern(CaseAccess access, UserCases userCases, TimeProvider clock) : ICommandHandler
{
    public const string Action = "concern.start";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.IsPersonal) return await FromPersonalChatAsync(turn, cancellationToken);
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A concern belongs to a case: use 'concern' in the case's channel, or in a personal chat with the bot.");
        return Card(grant.Case);
    }

    private async Task<TurnReply> FromPersonalChatAsync(Turn turn, CancellationToken cancellationToken)
    {
        var mine = turn.User is { } user ? await userCases.ListAsync(user.Key, cancellationToken) : [];
        if (mine.Count == 0)
            return TurnReply.Text("You hold no role in a case yet, so there is no case to log against from here: use 'concern' in the case's channel, or ask its lead for a role.");
        if (mine.Count == 1)
            return Card((await access.RequireAsync(mine[0].CaseRef, turn, Action, CaseReach.CaseChannelOrPersonalChat, cancellationToken)).Case);
        return TurnReply.Card("concerns/pick-case", new PickCaseCard(
            [.. mine.OrderBy(c => c.CaseRef, StringComparer.Ordinal).Select(c => new Choice(c.CaseRef, $"{c.CaseRef} ({c.Initials})"))]));
    }

    private TurnReply Card(CaseFile file) => TurnReply.Card("concerns/log-concern",
        ConcernCard.New(file, Guid.NewGuid().ToString("N"), SubmitConcern.Today(clock.GetUtcNow())));
}

/// <summary>Data of <c>cards/concerns/pick-case.json</c>: the person's cases, by reference and initials.</summary>
public sealed record PickCaseCard(IReadOnlyList<Choice> Cases);
