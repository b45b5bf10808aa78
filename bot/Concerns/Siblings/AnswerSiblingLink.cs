using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns.Siblings;

/// <summary>Inputs of the sibling request card: this case, the asking case, and confirm or decline.</summary>
public sealed record AnswerSiblingLinkData(string? CaseRef, string? FromCaseRef, string? Answer);

/// <summary>
/// Confirm or decline on the sibling request card, by a professional with a role in the asked case. Confirming links
/// both cases and records the link in both chronologies; a card for a request that does not exist is refused.
/// </summary>
public sealed class AnswerSiblingLink(CaseStore cases, CaseAccess access, AuditLog audit, SiblingStore siblings, ChronologyStore chronology,
    CaseChannelPoster poster, TimeProvider clock, ILogger<AnswerSiblingLink> logger) : IVerbHandler<AnswerSiblingLinkData>
{
    public static string Verb => "sibling.answer";

    public async Task<TurnReply> HandleAsync(Turn turn, AnswerSiblingLinkData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        var file = grant.Case;
        var member = await access.RequireRoleAsync(grant, turn, Verb, SiblingVocabulary.NoRole, cancellationToken);
        var confirm = data.Answer switch { "confirm" => true, "decline" => false, _ => (bool?)null };
        if (confirm is null || !CaseReferences.TryNormalise(data.FromCaseRef, out var fromRef))
            return TurnReply.Problem("This card is not one the bot made. Ask the other case to send the request again.");

        if ((await siblings.RequestsAsync(file.CaseRef, cancellationToken)).From(fromRef) is not { } request)
        {
            if (file.SiblingCases.Contains(fromRef))
                return Answered(file, fromRef, "", "Already linked.");
            await audit.RecordAsync(file.CaseRef, Verb, turn, "refused:no-such-request", cancellationToken);
            return TurnReply.Problem("There is no sibling request from that case waiting here. The refusal was recorded.");
        }
        if (await cases.FindCaseAsync(fromRef, cancellationToken) is not { } from)
        {
            await siblings.UpdateRequestsAsync(file.CaseRef, r => r.Without(fromRef), cancellationToken);
            return Answered(file, fromRef, request.FromInitials, "The asking case no longer uses this bot, so nothing was linked.");
        }

        if (confirm is false)
        {
            await siblings.UpdateRequestsAsync(file.CaseRef, r => r.Without(fromRef), cancellationToken);
            await audit.RecordAsync(file.CaseRef, Verb, turn, "declined:" + fromRef, cancellationToken);
            Log.SiblingAnswered(logger, turn.CorrelationId, file.CaseRef, fromRef, "declined");
            await TellAsync(from, $"{from.CaseRef} ({from.Initials}): {file.CaseRef}'s professionals did not confirm the sibling link, so nothing was linked. Speak to them if you think it is needed.", cancellationToken);
            return Answered(file, fromRef, request.FromInitials, $"Declined by {grant.User.DisplayName}. Nothing was linked.");
        }

        // The asking side first: if this turn fails after it, the request is still open here and a second click finishes.
        await siblings.LinkAsync(from.CaseRef, file.CaseRef, cancellationToken);
        await siblings.LinkAsync(file.CaseRef, fromRef, cancellationToken);
        await siblings.UpdateRequestsAsync(file.CaseRef, r => r.Without(fromRef), cancellationToken);
        var now = clock.GetUtcNow();
        var author = new EntryAuthor(grant.User.Key, grant.User.DisplayName, member.Agency);
        await RecordAsync(file.CaseRef, fromRef, now, author, cancellationToken);
        await RecordAsync(fromRef, file.CaseRef, now, author, cancellationToken);
        await audit.RecordAsync(file.CaseRef, Verb, turn, "linked:" + fromRef, cancellationToken);
        await audit.RecordAsync(fromRef, Verb, turn, "linked:" + file.CaseRef, cancellationToken);
        Log.SiblingAnswered(logger, turn.CorrelationId, file.CaseRef, fromRef, "linked");
        await TellAsync(from, $"{from.CaseRef} ({from.Initials}) is now linked to sibling case {file.CaseRef}. A new concern in either case puts a notice in the other's chronology.", cancellationToken);
        return Answered(file, fromRef, request.FromInitials, $"Linked by {grant.User.DisplayName}. A new concern in either case now puts a notice in the other's chronology.");
    }

    private Task RecordAsync(string caseRef, string siblingRef, DateTimeOffset at, EntryAuthor author, CancellationToken cancellationToken) =>
        chronology.AppendAsync(caseRef, new NewChronologyEntry(EntryKind.Sibling, at, author, null,
            FamilyVisibility.ProfessionalsOnly(SiblingVocabulary.ProfessionalsOnlyReason(siblingRef)), null,
            StorageKey.Hash("sibling-linked\n" + siblingRef), new SiblingBody(siblingRef, "linked", null, "Linked as a sibling's case.")), cancellationToken);

    private async Task TellAsync(CaseFile file, string text, CancellationToken cancellationToken)
    {
        try
        {
            await poster.PostTextAsync(file, text, cancellationToken);
        }
        catch (Protocol.Connector.ConnectorException ex)
        {
            // The link is stored and in both chronologies; the note to the asking channel is a courtesy.
            Log.SiblingNoteFailed(logger, file.CaseRef, ex.StatusCode ?? 0);
        }
    }

    private static TurnReply Answered(CaseFile file, string fromRef, string fromInitials, string outcome) =>
        TurnReply.Card("concerns/sibling-request", new SiblingRequestCard(file.CaseRef, file.Initials, fromRef, fromInitials, "", "", false, outcome), shared: true);
}
