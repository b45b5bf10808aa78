using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Chronology;

/// <summary>Data of <c>cards/chronology/page.json</c>: one page of entries, newest first, with its filters.</summary>
public sealed record ChronologyCard(
    string CaseRef,
    string Initials,
    string Summary,
    string Problem,
    string Agency,
    string Category,
    IReadOnlyList<Choice> Agencies,
    IReadOnlyList<Choice> Categories,
    IReadOnlyList<EntryView> Entries,
    bool HasNewer,
    bool HasOlder,
    int NewerPage,
    int OlderPage);

/// <summary>One entry as shown: display strings prepared here, so the template only binds.</summary>
/// <param name="Restriction">Empty when the entry may be shared with the family.</param>
/// <param name="Corrects">Empty unless the entry corrects an earlier one.</param>
public sealed record EntryView(string Heading, string Byline, string Restriction, string Corrects, IReadOnlyList<EntryLine> Lines);

public sealed record EntryLine(string Label, string Text);
