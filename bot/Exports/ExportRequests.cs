using System.Security.Cryptography;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Exports;

/// <summary>Export offers, one small document each; the id is random so that it cannot be guessed.</summary>
public sealed class ExportRequests(IDocumentStore store)
{
    public static string Key(string id) => StorageKey.Join("exports", id + ".json");

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public async Task SaveAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        if (!await store.TryCreateAsync(Key(request.Id), request, cancellationToken))
            throw new DocumentConflictException(Key(request.Id));
    }

    /// <summary>The offer, or null for an id that is malformed or unknown.</summary>
    public async Task<ExportRequest?> FindAsync(string? id, CancellationToken cancellationToken) =>
        id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower)
            ? (await store.ReadAsync<ExportRequest>(Key(id), cancellationToken))?.Value
            : null;
}
