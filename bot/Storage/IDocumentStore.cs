using Azure;

namespace CaseCoordinatorBot.Storage;

/// <summary>A JSON document as stored, with the ETag that a conditional write must present.</summary>
public sealed record StoredDocument<T>(T Value, ETag ETag);

/// <summary>
/// JSON documents in blob storage with optimistic concurrency. Keys are slash-separated paths of
/// [A-Za-z0-9._-] segments (build them with <see cref="StorageKey"/>). Nothing here knows about Teams.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The document, or null when there is none.</summary>
    Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) where T : class;

    /// <summary>Creates the document only if no document has the key (If-None-Match: *). False if one exists.</summary>
    Task<bool> TryCreateAsync<T>(string key, T value, CancellationToken cancellationToken) where T : class;

    /// <summary>Replaces the document only if it is unchanged since it was read (If-Match).</summary>
    /// <exception cref="DocumentConflictException">Someone else wrote it first, or it was deleted.</exception>
    Task<ETag> ReplaceAsync<T>(string key, T value, ETag ifMatch, CancellationToken cancellationToken) where T : class;

    /// <summary>
    /// Reads, applies <paramref name="change"/> and writes conditionally, re-reading and re-applying on
    /// conflict. <paramref name="change"/> receives null when there is no document yet, and may be called
    /// more than once, so it must not have side effects.
    /// </summary>
    /// <exception cref="DocumentConflictException">Still conflicting after the configured attempts.</exception>
    Task<StoredDocument<T>> UpdateAsync<T>(string key, Func<T?, T> change, CancellationToken cancellationToken) where T : class;

    /// <summary>Deletes the document if present.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>
/// Append-only logs (append blobs): each line is appended atomically, concurrent writers never
/// overwrite one another, and nothing is rewritten in place.
/// </summary>
public interface IAppendLog
{
    Task AppendAsync(string key, string line, CancellationToken cancellationToken);

    /// <summary>All lines, oldest first; empty when the log does not exist.</summary>
    Task<IReadOnlyList<string>> ReadLinesAsync(string key, CancellationToken cancellationToken);
}

public sealed class DocumentConflictException(string key, Exception? inner = null)
    : Exception($"The document '{key}' was changed by someone else.", inner)
{
    public string Key { get; } = key;
}
