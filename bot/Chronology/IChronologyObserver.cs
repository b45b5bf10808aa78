namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// Told of each entry appended, after it is stored. It runs inside the appending turn, so it must only take note
/// (queue work for later) and never throw or wait: the entry is stored whatever it does.
/// </summary>
public interface IChronologyObserver
{
    void Appended(string caseRef, ChronologyEntry entry);
}
