using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CaseCoordinatorBot.Testing.Connector;

/// <summary>
/// A OneDrive upload session as Teams hands one to a bot in <c>fileConsent/invoke</c>: a PUT of the whole file to
/// <see cref="UploadUrl"/> with <c>Content-Range: bytes 0-(n-1)/n</c>, answered 201. A PUT without a matching
/// Content-Range is answered 400, as OneDrive does.
/// </summary>
public sealed partial class FakeConnectorServer
{
    private const string UploadsSegment = "uploads";
    private readonly Dictionary<string, byte[]> uploads = new(StringComparer.Ordinal);

    /// <summary>A loopback upload URL for <paramref name="name"/>, to put in a file consent invoke's <c>uploadInfo</c>.</summary>
    public string UploadUrl(string name) => $"{ServiceUrl}{UploadsSegment}/{Uri.EscapeDataString(name)}";

    /// <summary>The bytes uploaded under <paramref name="name"/>, or null when nothing was.</summary>
    public byte[]? UploadedFile(string name)
    {
        lock (gate) return uploads.TryGetValue(name, out var bytes) ? bytes : null;
    }

    private async Task<bool> TryHandleUploadAsync(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not [UploadsSegment, var escaped]) return false;
        var name = Uri.UnescapeDataString(escaped);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        var authorization = context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null;
        Record(new ConnectorRequest(context.Request.Method, "/" + UploadsSegment + "/" + name, context.Request.Path.Value ?? "",
            new Dictionary<string, string>(), authorization, null, clock.GetUtcNow()));

        var range = ContentRangeHeaderValue.TryParse(context.Request.Headers.ContentRange.ToString(), out var parsed) ? parsed : null;
        var valid = context.Request.Method == "PUT" && bytes.Length > 0 && range is { Unit: "bytes", From: 0 }
            && range.To == bytes.Length - 1 && range.Length == bytes.Length;
        context.Response.StatusCode = valid ? 201 : 400;
        if (valid)
        {
            lock (gate) uploads[name] = bytes;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        var answer = valid
            ? new JsonObject { ["id"] = "file-" + name, ["name"] = name, ["size"] = bytes.Length }
            : Error("InvalidRange", "The upload must be one PUT of the whole file with its Content-Range.");
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
        return true;
    }
}
