using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Cases;

/// <summary>Cases and channel links as documents; every write is conditional.</summary>
public sealed class CaseStore(IDocumentStore store)
{
    public static string CaseKey(string caseRef) => StorageKey.Join("cases", caseRef, "case.json");

    public static string ChannelKey(string channelId) => StorageKey.Join("channels", StorageKey.Hash(channelId) + ".json");

    public async Task<CaseFile?> FindCaseAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<CaseFile>(CaseKey(caseRef), cancellationToken))?.Value;

    public Task<bool> TryCreateCaseAsync(CaseFile file, CancellationToken cancellationToken) =>
        store.TryCreateAsync(CaseKey(file.CaseRef), file, cancellationToken);

    public Task DeleteCaseAsync(string caseRef, CancellationToken cancellationToken) =>
        store.DeleteAsync(CaseKey(caseRef), cancellationToken);

    public Task<StoredDocument<CaseFile>> UpdateCaseAsync(string caseRef, Func<CaseFile, CaseFile> change, CancellationToken cancellationToken) =>
        store.UpdateAsync<CaseFile>(CaseKey(caseRef),
            current => change(current ?? throw new InvalidOperationException("The case disappeared while it was being changed.")),
            cancellationToken);

    public async Task<ChannelLink?> FindChannelAsync(string channelId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<ChannelLink>(ChannelKey(channelId), cancellationToken))?.Value;

    public static string DeskIndexKey => StorageKey.Join("channels", "desks.json");

    /// <summary>Links the channel (If-None-Match); a desk is also added to the index <see cref="ListDesksAsync"/> reads.</summary>
    public async Task<bool> TryLinkChannelAsync(ChannelLink link, CancellationToken cancellationToken)
    {
        if (!await store.TryCreateAsync(ChannelKey(link.Channel.ChannelId), link, cancellationToken)) return false;
        if (link.Kind == ChannelKind.Desk)
            await store.UpdateAsync<DeskIndex>(DeskIndexKey, current => new DeskIndex(
                [.. (current?.Desks ?? []).Where(d => d.Channel.ChannelId != link.Channel.ChannelId), link]), cancellationToken);
        return true;
    }

    /// <summary>The desks of one kind (e.g. the CSC front doors a referral can go to), in the order they were linked.</summary>
    public async Task<IReadOnlyList<ChannelLink>> ListDesksAsync(DeskKind kind, CancellationToken cancellationToken) =>
        ((await store.ReadAsync<DeskIndex>(DeskIndexKey, cancellationToken))?.Value.Desks ?? [])
            .Where(d => d.Desk == kind).ToArray();
}

/// <summary>Every desk channel linked, so that a case channel can offer them without listing all channels.</summary>
public sealed record DeskIndex(IReadOnlyList<ChannelLink> Desks);
