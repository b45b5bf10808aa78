using CaseCoordinatorBot.Tests.Cards;

namespace CaseCoordinatorBot.Tests.Chat;

/// <summary>The labelled phrasings of <c>phrasings.txt</c>: what staff type, and what the bot should do with it.</summary>
internal static class Phrasings
{
    public const string Suggest = "suggest";
    public const string None = "none";

    public static IReadOnlyList<(string Text, string Expected)> All { get; } = Load();

    private static (string, string)[] Load() =>
        File.ReadAllLines(RepositoryFolder.Combine("tests", "CaseCoordinatorBot.Tests", "Chat", "phrasings.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line =>
            {
                var arrow = line.LastIndexOf("=>", StringComparison.Ordinal);
                if (arrow < 0) throw new InvalidDataException($"No '=>' in the phrasing line '{line}'.");
                return (line[..arrow].Trim(), line[(arrow + 2)..].Trim());
            })
            .ToArray();
}
