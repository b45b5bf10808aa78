using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Tests.Chronology;

/// <summary>Realistic entries with synthetic people, for the chronology tests.</summary>
internal static class ChronologySamples
{
    public static readonly EntryAuthor Teacher = new("tenant/0a01", "Priya Shah", Agency.School);
    public static readonly EntryAuthor Nurse = new("tenant/0a04", "Tom Reid", Agency.Health);

    public static ConcernBody Body(string seen = "A bruise about 4 cm long on the inside of the left forearm.") => new(
        seen, "He grabbed my arm really hard.", "Year 4 classroom", "Priya Shah", "Told the DSL at 09:20.", "",
        CscAwareness.NotSure, "", ConcernLevel.Early, []);

    public static NewChronologyEntry Concern(EntryAuthor? author = null, string? key = null, string? seen = null) => new(
        EntryKind.Concern, new DateTimeOffset(2026, 11, 23, 9, 10, 0, TimeSpan.Zero), author ?? Teacher,
        ConcernCategory.Physical, FamilyVisibility.Shareable, null, key, seen is null ? Body() : Body(seen));

    /// <summary>A sealed chain of <paramref name="count"/> entries, as the store would write them.</summary>
    public static IReadOnlyList<ChronologyEntry> Chain(int count)
    {
        var entries = new List<ChronologyEntry>();
        var previous = ChronologyHash.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = ChronologyHash.Seal(new ChronologyEntry(
                i, EntryKind.Concern, new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(i),
                new DateTimeOffset(2026, 1, 1, 9, 30, 0, TimeSpan.Zero).AddDays(i), Teacher, ConcernCategory.Neglect,
                FamilyVisibility.Shareable, null, $"key-{i}", Body($"Entry {i}: came in without a coat in the rain."), previous, ""));
            entries.Add(entry);
            previous = entry.Hash;
        }
        return entries;
    }
}
