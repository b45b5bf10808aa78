using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Every step of a meeting as an entry of the case's shared chronology. The conference document is stored first;
/// the entry is its copy, so a failure to append is logged and never undoes the step.
/// </summary>
public sealed class ConferenceChronology(ChronologyStore chronology, ILogger<ConferenceChronology> logger)
{
    public async Task RecordAsync(Conference conference, string step, string detail, ConferencePerson by, DateTimeOffset at, string idempotencyKey,
        CancellationToken cancellationToken)
    {
        var entry = new NewChronologyEntry(
            EntryKind.Meeting,
            at,
            new EntryAuthor(by.UserKey, by.Name, by.Agency),
            Category: null,
            // Meeting arrangements are professionals' business; what a conference decides is shared by the chair.
            FamilyVisibility.ProfessionalsOnly("Meeting arrangements are shared with the family by the conference chair."),
            Corrects: null,
            IdempotencyKey: $"{conference.Id}:{idempotencyKey}",
            new ConferenceBody(conference.Id, ConferenceVocabulary.Title(conference.Type), step, detail));
        try
        {
            await chronology.AppendAsync(conference.CaseRef, entry, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ChronologyEntryFailed(logger, conference.CaseRef, conference.Id, ex.GetType().Name);
        }
    }
}
