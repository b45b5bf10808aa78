using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Data of <c>cards/concerns/review-prompt.json</c>, posted in the case channel when an early concern's review
/// date comes. It names the entry and its category, never what was written in it.
/// </summary>
public sealed record ReviewPromptCard(
    string CaseRef,
    string Initials,
    string Sequence,
    string CategoryTitle,
    string AgencyTitle,
    string LoggedAt,
    string ReviewBy)
{
    public static ReviewPromptCard From(CaseFile file, ChronologyEntry entry, DateTimeOffset reviewBy) => new(
        file.CaseRef, file.Initials, entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        entry.Category is { } c ? ConcernVocabulary.Title(c) : "Other",
        CaseVocabulary.Title(entry.Author.Agency),
        DisplayTime.Format(entry.RecordedAt),
        DisplayTime.Format(reviewBy));
}
