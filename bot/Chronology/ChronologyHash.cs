using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// The tamper evidence of the chronology: the canonical form of an entry is its JSON with
/// <see cref="ChronologyEntry.Hash"/> empty, written with these fixed options (declaration order, camelCase,
/// nulls written, UTC times, no indentation), so the hash does not depend on how the store writes documents.
/// </summary>
public static class ChronologyHash
{
    /// <summary>What the first entry's <see cref="ChronologyEntry.PreviousHash"/> holds.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly JsonSerializerOptions Canonical = CreateOptions();

    public static string Compute(ChronologyEntry entry)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entry with { Hash = "" }, Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static ChronologyEntry Seal(ChronologyEntry entry) => entry with { Hash = Compute(entry) };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
