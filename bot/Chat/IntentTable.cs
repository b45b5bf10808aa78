using System.Text.Json;

namespace CaseCoordinatorBot.Chat;

/// <summary>
/// The shape of <c>bot/Chat/intents.json</c>. Stop words are dropped; common words ("what", "can") are kept but
/// weigh little, however few intents use them, so that they cannot make a match on their own: what plain questions mean, as data, so that a new command gets
/// its phrasings without code. Embedded in the bot and read once at start-up.
/// </summary>
public sealed record IntentTable(
    IReadOnlyList<IntentDefinition> Intents,
    IReadOnlyDictionary<string, string> Spellings,
    IReadOnlyList<string> StopWords,
    IReadOnlyList<string> CommonWords,
    IReadOnlyList<string> NotInitials)
{
    public const string ResourceName = "CaseCoordinatorBot.Chat.intents.json";

    /// <summary>The table shipped with the bot.</summary>
    public static IntentTable LoadEmbedded()
    {
        using var stream = typeof(IntentTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The intent table is not embedded in the bot.");
        return Parse(stream);
    }

    /// <summary>Reads and checks a table: a broken one stops the bot at start-up, naming the fault.</summary>
    public static IntentTable Parse(Stream json)
    {
        var table = JsonSerializer.Deserialize<IntentTable>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("The intent table is empty.");
        table.Validate();
        return table;
    }

    private void Validate()
    {
        if (Intents is null || Intents.Count == 0) throw new InvalidDataException("The intent table has no intents.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var intent in Intents)
        {
            if (string.IsNullOrWhiteSpace(intent.Name) || string.IsNullOrWhiteSpace(intent.Command) || string.IsNullOrWhiteSpace(intent.Title))
                throw new InvalidDataException("Every intent needs a name, a command and a title.");
            if (!names.Add(intent.Name)) throw new InvalidDataException($"The intent '{intent.Name}' is listed twice.");
            if (intent.Phrases is null || intent.Phrases.Count == 0 || intent.Phrases.Any(string.IsNullOrWhiteSpace))
                throw new InvalidDataException($"The intent '{intent.Name}' needs phrases, none of them empty.");
        }
        if (Spellings is null || StopWords is null || CommonWords is null || NotInitials is null)
            throw new InvalidDataException("The intent table needs spellings, stopWords, commonWords and notInitials (they may be empty).");
    }
}

/// <summary>One thing a person may mean, the command that does it, and ways of saying it.</summary>
/// <param name="Title">The suggestion button's label.</param>
public sealed record IntentDefinition(string Name, string Command, string Title, IReadOnlyList<string> Phrases);
