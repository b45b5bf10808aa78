using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Concerns.Siblings;

/// <summary>
/// <c>sibling CR-2044</c> in a case channel: asks the other case's professionals, in their own channel, to confirm that
/// the two children are siblings. Nothing is linked until they do: the asker cannot see into the other case, and
/// the other case learns only this case's reference and initials. Without a reference it lists the links.
/// </summary>
public sealed class AskSiblingLink(CaseStore cases, CaseAccess access, AuditLog audit, SiblingStore siblings, CaseChannelPoster poster,
    TimeProvider clock, ILogger<AskSiblingLink> logger) : ICommandHandler
{
    public const string Action = "sibling.ask";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("Sibling cases are linked from a case's channel: use 'sibling' there.");
        var file = grant.Case;
        var member = await access.RequireRoleAsync(grant, turn, Action, SiblingVocabulary.NoRole, cancellationToken);

        var linked = file.SiblingCases;
        if (string.IsNullOrWhiteSpace(arguments))
            return TurnReply.Text(linked.Count == 0
                ? $"{file.CaseRef} ({file.Initials}) is not linked to any sibling's case. " + SiblingVocabulary.Usage
                : $"{file.CaseRef} ({file.Initials}) is linked to: {string.Join(", ", linked)}. " + SiblingVocabulary.Usage);
        if (!CaseReferences.TryNormalise(arguments.Trim(), out var otherRef))
            return TurnReply.Text(CaseReferences.CaseRefRule + " " + SiblingVocabulary.Usage);
        if (otherRef == file.CaseRef)
            return TurnReply.Text("That is this case's own reference. Give the sibling's case reference.");
        if (linked.Contains(otherRef))
            return TurnReply.Text($"{file.CaseRef} is already linked to {otherRef}.");
        if (linked.Count >= SiblingStore.MaxLinks)
            return TurnReply.Text($"A case can be linked to at most {SiblingStore.MaxLinks} siblings' cases.");
        // The same answer whether or not the case exists would hide typos; a reference is not sensitive on its own.
        if (await cases.FindCaseAsync(otherRef, cancellationToken) is not { } other)
            return TurnReply.Text($"No case {otherRef} uses this bot yet. Check the reference with the sibling's school or social worker; its channel must be set up first.");

        var request = new SiblingRequest(file.CaseRef, file.Initials, grant.User.DisplayName, member.Agency, clock.GetUtcNow());
        var waiting = await siblings.UpdateRequestsAsync(other.CaseRef, r => r.From(file.CaseRef) is not null || r.Waiting.Count >= SiblingStore.MaxLinks
            ? r
            : new SiblingRequests([.. r.Waiting, request]), cancellationToken);
        if (waiting.From(file.CaseRef) is not { } stored || stored != request)
            return TurnReply.Text(waiting.From(file.CaseRef) is null
                ? $"{otherRef} has too many sibling requests waiting. Ask its professionals to answer them first."
                : $"A request to link with {otherRef} is already waiting for its professionals to confirm.");

        try
        {
            await poster.PostCardAsync(other, "concerns/sibling-request", new SiblingRequestCard(other.CaseRef, other.Initials,
                file.CaseRef, file.Initials, grant.User.DisplayName, CaseVocabulary.Title(member.Agency), true, ""), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            await siblings.UpdateRequestsAsync(other.CaseRef, r => r.Without(file.CaseRef), cancellationToken);
            Log.SiblingRequestFailed(logger, turn.CorrelationId, file.CaseRef, other.CaseRef, ex.StatusCode ?? 0);
            return TurnReply.Text($"The request could not be posted in {otherRef}'s channel just now, so nothing was asked. Try again in a few minutes.");
        }
        Log.SiblingRequested(logger, turn.CorrelationId, file.CaseRef, other.CaseRef);
        await audit.RecordAsync(file.CaseRef, Action, turn, "asked:" + other.CaseRef, cancellationToken);
        return TurnReply.Text($"Asked {otherRef}'s professionals, in their channel, to confirm the sibling link. Nothing is shared until they do.");
    }
}
