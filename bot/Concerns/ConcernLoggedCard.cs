using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Data of <c>cards/concerns/concern-logged.json</c>. It replaces the form in the channel, so it carries
/// no concern text: the entry number, who and when, and a way to the chronology.
/// </summary>
public sealed record ConcernLoggedCard(
    string CaseRef,
    string Initials,
    long Sequence,
    string Note,
    string CategoryTitle,
    string LevelTitle,
    string OccurredAt,
    string RecordedBy,
    string RecordedAt,
    string VisibilityTitle)
{
    public static ConcernLoggedCard From(CaseFile file, ChronologyEntry entry, bool alreadyLogged) => new(
        file.CaseRef, file.Initials, entry.Sequence,
        alreadyLogged ? "This concern was already logged: it was not stored a second time." : "",
        entry.Category is { } c ? ConcernVocabulary.Title(c) : "",
        entry.Body is ConcernBody body ? ConcernVocabulary.Title(body.Level) : "",
        DisplayTime.Format(entry.OccurredAt),
        $"{entry.Author.DisplayName} ({CaseVocabulary.Title(entry.Author.Agency)})",
        DisplayTime.Format(entry.RecordedAt),
        entry.Visibility.MayShareWithFamily ? "May be shared with the family" : "Professionals only");
}
