using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Concerns;

/// <summary>The words people see for concern answers, and the choices the concern card offers.</summary>
public static class ConcernVocabulary
{
    public static string Title(ConcernCategory category) => ChronologyVocabulary.Title(category);

    public static string Title(ConcernLevel level) => ChronologyVocabulary.Title(level);

    public static string Title(CscAwareness aware) => ChronologyVocabulary.Title(aware);

    public static IReadOnlyList<Choice> Categories { get; } =
        Enum.GetValues<ConcernCategory>().Select(c => new Choice(c.ToString(), Title(c))).ToArray();

    public static IReadOnlyList<Choice> Levels { get; } =
        Enum.GetValues<ConcernLevel>().Select(l => new Choice(l.ToString(), Title(l))).ToArray();

    public static IReadOnlyList<Choice> CscChoices { get; } =
        Enum.GetValues<CscAwareness>().Select(a => new Choice(a.ToString(), Title(a))).ToArray();

    public static IReadOnlyList<Choice> ShareChoices { get; } =
    [
        new("family", "May be shared with the family"),
        new("professionals", "Professionals only (give the reason)"),
    ];
}
