using System.Globalization;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// "Log concern" on the concern card: access check, validation, the plain-language check (which the user
/// may overrule with "Submit as written"), then one entry in the case's chronology. The card's draft id and
/// the person make the idempotency key, so a double click or a redelivery stores the concern once.
/// </summary>
public sealed class SubmitConcern(
    CaseAccess access,
    ChronologyStore chronology,
    PlainLanguageCheck plainLanguage,
    EarlyConcernFollowUp followUp,
    CscNotice cscNotice,
    Siblings.SiblingNotice siblingNotice,
    CaseChannelPoster poster,
    TimeProvider clock,
    ILogger<SubmitConcern> logger) : IVerbHandler<SubmitConcernData>
{
    public static string Verb => "concern.submit";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public async Task<TurnReply> HandleAsync(Turn turn, SubmitConcernData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, CaseReach.CaseChannelOrPersonalChat, cancellationToken);
        if (!IsDraftId(data.DraftId))
            return TurnReply.Problem("This card is out of date. Type 'concern' for a new one; nothing was recorded.");

        var now = clock.GetUtcNow();
        TurnReply Again(IReadOnlyList<string> problems, IReadOnlyList<PlainLanguageFlag> flags) =>
            TurnReply.Card("concerns/log-concern", ConcernCard.From(grant.Case, data, Today(now), problems, flags));

        var check = ConcernRules.Check(data, now);
        if (check.Concern is not { } concern)
        {
            Log.ConcernRefused(logger, turn.CorrelationId, grant.Case.CaseRef, check.Problems.Count);
            return Again(check.Problems, []);
        }

        var flags = plainLanguage.Check(data.Seen, data.ActionTaken, data.Where, data.OthersKnow, data.CscHow, data.ShareReason);
        if (flags.Count > 0 && data.AcceptFlags != true)
        {
            Log.ConcernFlagged(logger, turn.CorrelationId, grant.Case.CaseRef, flags.Count);
            return Again([], flags);
        }

        var author = new EntryAuthor(grant.User.Key, grant.User.DisplayName, grant.Member?.Agency ?? Agency.Other);
        var result = await chronology.AppendAsync(grant.Case.CaseRef, new NewChronologyEntry(
            EntryKind.Concern, concern.OccurredAt, author, concern.Category, concern.Visibility, null,
            StorageKey.Hash(data.DraftId + "\n" + grant.User.Key),
            concern.Body with { AcceptedFlags = [.. flags.Select(f => f.Phrase)] }), cancellationToken);

        if (result.Created) Log.ConcernLogged(logger, turn.CorrelationId, grant.Case.CaseRef, result.Entry.Sequence);
        else Log.ConcernAlreadyLogged(logger, turn.CorrelationId, grant.Case.CaseRef, result.Entry.Sequence);
        // Also after a retry that found the entry logged: a failure after the append left these undone.
        await followUp.AfterLoggedAsync(grant.Case, result.Entry, cancellationToken);
        // Posts are not repeated blindly: a retry that finds the concern logged does not announce it again.
        if (result.Created) await cscNotice.AnnounceAsync(grant.Case, result.Entry, cancellationToken);
        if (result.Created && turn.IsPersonal) await TellChannelAsync(grant, result.Entry, cancellationToken);
        // Keyed by the entry in each sibling's chronology, so it is safe to repeat on a retry.
        await siblingNotice.AnnounceAsync(grant.Case, result.Entry, cancellationToken);
        return TurnReply.Card("concerns/concern-logged", ConcernLoggedCard.From(grant.Case, result.Entry, !result.Created), shared: true);
    }

    /// <summary>
    /// A concern logged from a personal chat is announced in the case channel (headline only), so the other agencies
    /// see it arrive as they would a card posted there.
    /// </summary>
    private async Task TellChannelAsync(CaseAccessGrant grant, ChronologyEntry entry, CancellationToken cancellationToken)
    {
        var file = grant.Case;
        var category = entry.Category is { } c ? ConcernVocabulary.Title(c) : "Other";
        try
        {
            await poster.PostTextAsync(file, $"{file.CaseRef} ({file.Initials}): {entry.Author.DisplayName} ({CaseVocabulary.Title(entry.Author.Agency)}) " +
                $"logged a concern from a personal chat: entry #{entry.Sequence}, {category}. Type 'chronology' to read it.", cancellationToken);
        }
        catch (Protocol.Connector.ConnectorException ex)
        {
            Log.ChannelNoteFailed(logger, file.CaseRef, entry.Sequence, ex.StatusCode ?? 0);
        }
    }

    internal static string Today(DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, London).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsDraftId(string? draftId) =>
        draftId is { Length: 32 } && draftId.All(char.IsAsciiHexDigitLower);
}
