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

    public Task<bool> TryLinkChannelAsync(ChannelLink link, CancellationToken cancellationToken) =>
        store.TryCreateAsync(ChannelKey(link.Channel.ChannelId), link, cancellationToken);
}
