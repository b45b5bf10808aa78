using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// PUTs an accepted file to the upload URL Teams gave in the consent invoke: one request with the whole file and
/// its Content-Range, as OneDrive upload sessions take it. The URL carries its own authorisation, so no bot
/// token is ever attached.
/// </summary>
public sealed class FileUploader(IHttpClientFactory clients, IOptions<ExportOptions> options)
{
    public const string ClientName = "exports-upload";

    /// <summary>True when the upload was taken; false when the URL is not acceptable or the upload was refused.</summary>
    public async Task<UploadOutcome> UploadAsync(string? uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && options.Value.AllowHttpUploads)))
            return new UploadOutcome(false, null);

        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        request.Content.Headers.ContentLength = content.Length;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Value.UploadTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, limit.Token);
            return new UploadOutcome(response.IsSuccessStatusCode, (int)response.StatusCode);
        }
        catch (HttpRequestException)
        {
            return new UploadOutcome(false, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new UploadOutcome(false, null);
        }
    }
}

/// <summary>Whether the file was taken, and the HTTP status when there was an answer.</summary>
public sealed record UploadOutcome(bool Succeeded, int? StatusCode);
