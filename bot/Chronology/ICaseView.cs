using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// Something derived from a case's records (the living summary card, the case's list of work waiting) that is redrawn
/// after the chronology grows. Every change worth showing is a chronology entry, so this is the one trigger they need.
/// Registered scoped; <see cref="CaseViewRefresher"/> runs each in turn.
/// </summary>
public interface ICaseView
{
    /// <summary>A short name for logs.</summary>
    string Name { get; }

    Task RefreshAsync(CaseFile file, CancellationToken cancellationToken);
}
