using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Data of <c>conferences/contribution</c>: the Signs of Safety form each agency's representative fills in before a
/// conference, or (once sent) a confirmation that repeats nothing of what was written.
/// </summary>
public sealed record ContributionCard(
    string CaseRef,
    string Initials,
    string ConferenceId,
    string Title,
    string When,
    string Deadline,
    IReadOnlyList<Choice> Scale,
    IReadOnlyList<Choice> Sharing,
    string Problem,
    string Received)
{
    public static IReadOnlyList<Choice> ScaleChoices { get; } =
        Enumerable.Range(0, 11).Select(i => new Choice(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            i switch { 0 => "0 – the child will be harmed", 10 => "10 – safe enough to close the case", _ => i.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToArray();

    public static IReadOnlyList<Choice> SharingChoices { get; } =
    [
        new("family", "May be shared with the family"),
        new("professionals", "Professionals only – the chair must know"),
    ];
}
