using System.Text.Json;

namespace CaseCoordinatorBot.Exports;

/// <summary>The value of a <c>fileConsent/invoke</c>: accept or decline, the card's context, and where to upload.</summary>
public sealed record FileConsentValue(string? Type, string? Action, ExportContext? Context, FileUploadInfo? UploadInfo)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public bool Accepted => string.Equals(Action, "accept", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value, or null when it is not one (it comes from Teams, but its shape is not trusted).</summary>
    public static FileConsentValue? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v) return null;
        try
        {
            return v.Deserialize<FileConsentValue>(Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What the bot put in the consent card's accept and decline contexts.</summary>
public sealed record ExportContext(string? ExportId, string? Format)
{
    public ExportFormat? ParsedFormat => Format switch
    {
        "csv" => ExportFormat.Csv,
        "json" => ExportFormat.Json,
        _ => null,
    };
}

/// <summary>Where Teams lets the bot put the accepted file (a OneDrive upload session) and how to show it afterwards.</summary>
public sealed record FileUploadInfo(string? Name, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);
