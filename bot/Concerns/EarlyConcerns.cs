using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// A case's early concerns as the pattern check needs them (ids, times, agencies, categories: no text), kept in
/// <c>cases/&lt;ref&gt;/concerns/early.json</c> so that the check reads one small document, not the chronology.
/// <see cref="Alerted"/> holds the sets already alerted on, so a set is alerted once.
/// </summary>
public sealed record EarlyConcerns(IReadOnlyList<EarlyConcern> Concerns, IReadOnlyList<string> Alerted)
{
    /// <summary>Alerted sets kept; older ones have long left every window.</summary>
    private const int AlertedKept = 50;

    public static EarlyConcerns Empty { get; } = new([], []);

    public EarlyConcerns With(EarlyConcern concern) => Concerns.Any(c => c.Sequence == concern.Sequence)
        ? this
        : this with { Concerns = [.. Concerns, concern] };

    public EarlyConcerns WithAlerted(string key) => Alerted.Contains(key)
        ? this
        : this with { Alerted = [.. Alerted.Append(key).TakeLast(AlertedKept)] };
}

/// <summary>One early concern: its chronology entry, when it happened, who raised it and its category.</summary>
public sealed record EarlyConcern(long Sequence, DateTimeOffset OccurredAt, Agency Agency, ConcernCategory Category)
{
    public static EarlyConcern From(ChronologyEntry entry) =>
        new(entry.Sequence, entry.OccurredAt, entry.Author.Agency, entry.Category ?? ConcernCategory.Other);
}
