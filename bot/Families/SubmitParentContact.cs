using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Families;

/// <summary>
/// "Record contact" on the parent contact card: access check, validation, one chronology entry (the draft id and
/// the person make the idempotency key, so a double click stores it once), then a prompt in the thread asking the
/// recorder's agency colleagues in the case to record what they observed.
/// </summary>
public sealed class SubmitParentContact(CaseAccess access, ChronologyStore chronology, IConnectorClient connector, CardTemplates cards,
    TimeProvider clock, ILogger<SubmitParentContact> logger) : IVerbHandler<SubmitParentContactData>
{
    public static string Verb => "contact.submit";

    public async Task<TurnReply> HandleAsync(Turn turn, SubmitParentContactData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        if (data.DraftId is not { Length: 32 } draftId || !draftId.All(char.IsAsciiHexDigitLower))
            return TurnReply.Problem("This card is out of date. Type 'contact' for a new one; nothing was recorded.");

        var now = clock.GetUtcNow();
        var check = ParentContactRules.Check(data, now);
        if (check.Contact is not { } contact)
        {
            Log.ContactRefused(logger, turn.CorrelationId, grant.Case.CaseRef, check.Problems.Count);
            return TurnReply.Card(ParentContactCard.Template,
                ParentContactCard.From(grant.Case, data, StartParentContact.Today(now), check.Problems));
        }

        var agency = grant.Member?.Agency ?? Agency.Other;
        var author = new EntryAuthor(grant.User.Key, grant.User.DisplayName, agency);
        var result = await chronology.AppendAsync(grant.Case.CaseRef, new NewChronologyEntry(
            EntryKind.ParentContact, contact.OccurredAt, author, null, contact.Visibility, null,
            StorageKey.Hash("contact\n" + draftId + "\n" + grant.User.Key), contact.Body), cancellationToken);
        Log.ContactRecorded(logger, turn.CorrelationId, grant.Case.CaseRef, result.Entry.Sequence, result.Created);
        // A retry that finds the entry recorded does not prompt again: posts are not repeated blindly.
        if (result.Created) await PromptColleaguesAsync(turn, grant, result.Entry, cancellationToken);

        var sequence = result.Entry.Sequence;
        return TurnReply.Card("common/notice", new NoticeCard(
            $"Parent contact recorded for {grant.Case.CaseRef} ({grant.Case.Initials})",
            (result.Created ? "" : "This contact was already recorded. ")
            + $"Entry {sequence} of the case chronology, shared by every agency in the case. "
            + "Consent is recorded, not required: sharing to protect a child never waits for it."), shared: true);
    }

    private async Task PromptColleaguesAsync(Turn turn, CaseAccessGrant grant, ChronologyEntry entry, CancellationToken cancellationToken)
    {
        var colleagues = grant.Case.Members
            .Where(m => m.Agency == entry.Author.Agency && m.UserKey != grant.User.Key)
            .Select(m => m.Name).Distinct().ToArray();
        var who = colleagues.Length > 0 ? string.Join(", ", colleagues) : $"Anyone from {CaseVocabulary.Title(entry.Author.Agency)}";
        var prompt = new NoticeCard(
            $"{grant.Case.CaseRef} ({grant.Case.Initials}): record what you observed",
            $"A contact with the family was recorded as entry {entry.Sequence}. {who}: if you were there or took part, "
            + "type 'concern' to record what you saw or heard, in plain words.");
        try
        {
            await connector.SendToConversationAsync(turn.ServiceUrl, turn.ConversationId,
                turn.Activity.CreateReply() with { ReplyToId = null, Attachments = [cards.Render("common/notice", prompt)] }, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.PromptFailed(logger, turn.CorrelationId, grant.Case.CaseRef, ex.StatusCode ?? 0);
        }
    }
}
