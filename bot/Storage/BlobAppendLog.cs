using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Storage;

/// <summary>
/// Logs as append blobs in <see cref="StorageOptions.AuditContainer"/>, one UTF-8 line per append block.
/// The service applies each block whole and at the end, so concurrent appenders never overwrite one another.
/// An append costs 1 storage request (3 for the first line of a new log: append, create, append).
/// </summary>
/// <remarks>
/// An append blob takes at most 50,000 blocks, so keys should partition a log (per case, per month…).
/// If a response is lost after the service applied a block, the SDK's retry appends the line again:
/// lines should carry an id so that a reader can drop a duplicate.
/// </remarks>
internal sealed class BlobAppendLog(BlobServiceClient service, IOptions<StorageOptions> options) : IAppendLog
{
    private readonly BlobContainerClient container = service.GetBlobContainerClient(options.Value.AuditContainer);

    public async Task AppendAsync(string key, string line, CancellationToken cancellationToken)
    {
        var blob = container.GetAppendBlobClient(StorageKey.Validate(key));
        // A line break inside a line would let one entry pass for two.
        if (line.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException("A log line must not contain a line break.", nameof(line));
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        if (bytes.Length > blob.AppendBlobMaxAppendBlockBytes)
            throw new ArgumentException(
                $"A log line must be under {blob.AppendBlobMaxAppendBlockBytes} bytes of UTF-8.", nameof(line));

        // Appending first keeps the usual case to one request; only a new log pays for its creation.
        try
        {
            await AppendBlockAsync(blob, bytes, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            await CreateIfMissingAsync(blob, cancellationToken);
            await AppendBlockAsync(blob, bytes, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> ReadLinesAsync(string key, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(StorageKey.Validate(key));
        string text;
        try
        {
            text = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return [];
        }
        var lines = text.Split('\n');
        // Every line ends with '\n', so the last piece is the empty rest after the final line.
        return lines[..^1];
    }

    private static async Task AppendBlockAsync(AppendBlobClient blob, byte[] bytes,
        CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(bytes, writable: false);
        await blob.AppendBlockAsync(content, cancellationToken: cancellationToken);
    }

    private static async Task CreateIfMissingAsync(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.CreateAsync(new AppendBlobCreateOptions
            {
                Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
            }, cancellationToken);
        }
        catch (RequestFailedException ex)
            when (ex.Status == 412 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            // Another appender created it first: its log is ours too.
        }
    }
}
