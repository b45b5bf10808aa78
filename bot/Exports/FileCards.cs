using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// The Teams file cards for bots: a consent card asks the person to let the bot put a file in their OneDrive
/// (Teams then sends <c>fileConsent/invoke</c>), and an info card shows the uploaded file in the chat.
/// </summary>
public static class FileCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";

    public static Attachment Consent(string name, string description, long sizeInBytes, ExportRequest request, ExportFormat format)
    {
        JsonObject Context() => new() { ["exportId"] = request.Id, ["format"] = format.ToString().ToLowerInvariant() };
        return new Attachment
        {
            ContentType = ConsentContentType,
            Name = name,
            Content = new JsonObject
            {
                ["description"] = description,
                ["sizeInBytes"] = sizeInBytes,
                ["acceptContext"] = Context(),
                ["declineContext"] = Context(),
            },
        };
    }

    public static Attachment Info(FileUploadInfo upload) => new()
    {
        ContentType = InfoContentType,
        ContentUrl = upload.ContentUrl,
        Name = upload.Name,
        Content = new JsonObject { ["uniqueId"] = upload.UniqueId, ["fileType"] = upload.FileType },
    };
}
