using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// An agency's contribution to a meeting, in Signs of Safety columns, as stored in
/// <c>cases/&lt;ref&gt;/conferences/&lt;id&gt;/contributions/&lt;agency&gt;.json</c> (the agency's latest replaces its earlier one).
/// Each item says whether it may be shared with the family; items for professionals only go to the chair only.
/// </summary>
public sealed record Contribution(
    string ConferenceId,
    Agency Agency,
    ConferencePerson By,
    DateTimeOffset At,
    int SafetyScale,
    IReadOnlyList<ContributionItem> Items);

public sealed record ContributionItem(ContributionColumn Column, string Text, bool MayShareWithFamily);

public enum ContributionColumn { WhatWeAreWorriedAbout, WhatIsWorkingWell, WhatNeedsToHappen, NotYetShared }

/// <summary>
/// What each audience may read of the contributions. The family's view holds only items flagged as shareable;
/// the chair's holds everything, with the professionals-only items listed apart so the chair can plan for them.
/// </summary>
public static class ContributionViews
{
    public static string Title(ContributionColumn column) => column switch
    {
        ContributionColumn.WhatWeAreWorriedAbout => "What are we worried about",
        ContributionColumn.WhatIsWorkingWell => "What's working well",
        ContributionColumn.WhatNeedsToHappen => "What needs to happen",
        _ => "Not yet shared, and why",
    };

    public static IReadOnlyList<string> ForFamily(IEnumerable<Contribution> contributions) =>
        contributions.SelectMany(c => c.Items.Where(i => i.MayShareWithFamily)
            .Select(i => $"{CaseVocabulary.Title(c.Agency)} · {Title(i.Column)}: {i.Text}")).ToArray();

    public static IReadOnlyList<string> ProfessionalsOnly(IEnumerable<Contribution> contributions) =>
        contributions.SelectMany(c => c.Items.Where(i => !i.MayShareWithFamily)
            .Select(i => $"{CaseVocabulary.Title(c.Agency)} · {Title(i.Column)}: {i.Text}")).ToArray();
}
