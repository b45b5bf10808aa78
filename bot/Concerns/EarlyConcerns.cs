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

    /// <summary>The concern's review is recorded: it no longer waits in anyone's work.</summary>
    public EarlyConcerns WithReviewed(long sequence) =>
        this with { Concerns = [.. Concerns.Select(c => c.Sequence == sequence ? c with { Reviewed = true } : c)] };

    public EarlyConcerns WithAlerted(string key) => Alerted.Contains(key)
        ? this
        : this with { Alerted = [.. Alerted.Append(key).TakeLast(AlertedKept)] };
}

/// <summary>
/// One early concern: its chronology entry, when it happened, who raised it (agency, and the person, whose review it
/// is), its category, and its review: by when, and whether done. Concerns stored before reviews were tracked here have
/// no raiser or date, and wait in nobody's list.
/// </summary>
public sealed record EarlyConcern(long Sequence, DateTimeOffset OccurredAt, Agency Agency, ConcernCategory Category,
    string? RaisedBy = null, DateTimeOffset? ReviewBy = null, bool Reviewed = false)
{
    public static EarlyConcern From(ChronologyEntry entry, DateTimeOffset reviewBy) =>
        new(entry.Sequence, entry.OccurredAt, entry.Author.Agency, entry.Category ?? ConcernCategory.Other, entry.Author.UserKey, reviewBy);
}
