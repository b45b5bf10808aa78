using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.MyWork;

/// <summary>
/// A person's morning digest: on or off, the local time they chose, and the personal chat it goes to (learnt when they
/// open the bot's personal app). Stored per person at <c>users/&lt;hash&gt;/digest.json</c>.
/// </summary>
public sealed record DigestSettings(
    bool Enabled,
    TimeOnly At,
    PersonalChat Chat,
    string TenantId,
    string AadObjectId,
    DateOnly? LastSent)
{
    public static readonly TimeOnly DefaultTime = new(8, 0);

    /// <summary>Digests are sent within the working day's reach: not in the night, not after the evening.</summary>
    public static readonly TimeOnly EarliestTime = new(6, 0);

    public static readonly TimeOnly LatestTime = new(20, 0);
}

/// <summary>Where the bot reaches a person in their personal chat with it.</summary>
public sealed record PersonalChat(string ServiceUrl, string ConversationId);

public sealed class DigestStore(IDocumentStore store)
{
    public static string Key(string userKey) => StorageKey.Join("users", StorageKey.Hash(userKey), "digest.json");

    public async Task<DigestSettings?> FindAsync(string userKey, CancellationToken cancellationToken) =>
        (await store.ReadAsync<DigestSettings>(Key(userKey), cancellationToken))?.Value;

    public async Task<DigestSettings> UpdateAsync(string userKey, Func<DigestSettings?, DigestSettings> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync(Key(userKey), change, cancellationToken)).Value;
}
