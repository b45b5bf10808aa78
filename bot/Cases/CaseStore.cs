using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Cases;

/// <summary>Cases and channel links as documents; every write is conditional.</summary>
public sealed class CaseStore(IDocumentStore store)
{
    public static string CaseKey(string caseRef) => StorageKey.Join("cases", caseRef, "case.json");

    public static string ChannelKey(string channelId) => StorageKey.Join("channels", StorageKey.Hash(channelId) + ".json");

    public async Task<CaseFile?> FindCaseAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<CaseFile>(CaseKey(caseRef), cancellationToken))?.Value;

    /// <summary>
    /// Creates the case (If-None-Match). A case already there from this very creation (same creator, time
    /// and channel) is this write, answered late and retried by the storage client, and counts as made.
    /// </summary>
    public async Task<bool> TryCreateCaseAsync(CaseFile file, CancellationToken cancellationToken)
    {
        if (await store.TryCreateAsync(CaseKey(file.CaseRef), file, cancellationToken)) return true;
        var found = await FindCaseAsync(file.CaseRef, cancellationToken);
        return found is not null && found.CreatedBy == file.CreatedBy && found.CreatedAt == file.CreatedAt && found.Channel == file.Channel;
    }

    public Task DeleteCaseAsync(string caseRef, CancellationToken cancellationToken) =>
        store.DeleteAsync(CaseKey(caseRef), cancellationToken);

    public Task<StoredDocument<CaseFile>> UpdateCaseAsync(string caseRef, Func<CaseFile, CaseFile> change, CancellationToken cancellationToken) =>
        store.UpdateAsync<CaseFile>(CaseKey(caseRef),
            current => change(current ?? throw new InvalidOperationException("The case disappeared while it was being changed.")),
            cancellationToken);

    /// <summary>
    /// A channel's link is created once and never changed or removed, so a link found is kept in memory:
    /// every case action reads it, and the read would otherwise cost a storage transaction each time.
    /// Absence is not cached: another instance may link the channel at any moment.
    /// </summary>
    public async Task<ChannelLink?> FindChannelAsync(string channelId, CancellationToken cancellationToken)
    {
        if (_links.TryGetValue(channelId, out var known)) return known;
        var link = (await store.ReadAsync<ChannelLink>(ChannelKey(channelId), cancellationToken))?.Value;
        if (link is not null) _links.TryAdd(channelId, link);
        return link;
    }

    public static string DeskIndexKey => StorageKey.Join("channels", "desks.json");

    /// <summary>
    /// Links the channel (If-None-Match); a desk is also added to the index <see cref="ListDesksAsync"/> reads.
    /// A link already there that equals this one is this very write, answered late and retried by the
    /// storage client, and counts as made.
    /// </summary>
    public async Task<bool> TryLinkChannelAsync(ChannelLink link, CancellationToken cancellationToken)
    {
        if (!await store.TryCreateAsync(ChannelKey(link.Channel.ChannelId), link, cancellationToken)
            && (await store.ReadAsync<ChannelLink>(ChannelKey(link.Channel.ChannelId), cancellationToken))?.Value != link)
            return false;
        if (link.Kind == ChannelKind.Desk)
            await store.UpdateAsync<DeskIndex>(DeskIndexKey, current => new DeskIndex(
                [.. (current?.Desks ?? []).Where(d => d.Channel.ChannelId != link.Channel.ChannelId), link]), cancellationToken);
        return true;
    }

    /// <summary>The desks of one kind (e.g. the CSC front doors a referral can go to), in the order they were linked.</summary>
    public async Task<IReadOnlyList<ChannelLink>> ListDesksAsync(DeskKind kind, CancellationToken cancellationToken) =>
        ((await store.ReadAsync<DeskIndex>(DeskIndexKey, cancellationToken))?.Value.Desks ?? [])
            .Where(d => d.Desk == kind).ToArray();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ChannelLink> _links = new(StringComparer.Ordinal);
}

/// <summary>Every desk channel linked, so that a case channel can offer them without listing all channels.</summary>
public sealed record DeskIndex(IReadOnlyList<ChannelLink> Desks);
