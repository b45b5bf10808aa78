using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Storage;

/// <summary>
/// How documents are written: web defaults (camelCase), nulls omitted, enums as camelCase strings. The same
/// conventions as the wire, without tying storage to the Bot Framework schema.
/// </summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
