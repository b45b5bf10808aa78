using System.Text.RegularExpressions;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Conference documents and a per-case index of them (the store cannot list), both changed by conditional
/// updates (re-read and re-applied on conflict).
/// </summary>
public sealed partial class ConferenceStore(IDocumentStore store)
{
    public static string Key(string caseRef, string id) => StorageKey.Join("cases", caseRef, "conferences", id + ".json");

    public static string IndexKey(string caseRef) => StorageKey.Join("cases", caseRef, "conferences", "index.json");

    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>An id derived from what caused the conference, so that the same cause told twice makes one conference.</summary>
    public static string IdFor(string cause) => StorageKey.Hash(cause);

    public async Task<Conference?> FindAsync(string caseRef, string? id, CancellationToken cancellationToken) =>
        IsId(id) ? (await store.ReadAsync<Conference>(Key(caseRef, id!), cancellationToken))?.Value : null;

    /// <summary>Creates it, or returns the one already there with false.</summary>
    public async Task<(Conference Conference, bool Created)> CreateAsync(Conference conference, CancellationToken cancellationToken)
    {
        var created = false;
        var stored = await store.UpdateAsync<Conference>(Key(conference.CaseRef, conference.Id), current =>
        {
            created = current is null;
            return current ?? conference;
        }, cancellationToken);
        await IndexAsync(stored.Value, cancellationToken);
        return (stored.Value, created);
    }

    /// <summary>Applies <paramref name="change"/> (pure: it may run more than once) and keeps the index in step.</summary>
    public async Task<Conference> UpdateAsync(string caseRef, string id, Func<Conference, Conference> change, CancellationToken cancellationToken)
    {
        var updated = (await store.UpdateAsync<Conference>(Key(caseRef, id),
            current => change(current ?? throw new ConferenceGoneException()), cancellationToken)).Value;
        await IndexAsync(updated, cancellationToken);
        return updated;
    }

    public async Task<IReadOnlyList<ConferenceSummary>> ListAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<ConferenceIndex>(IndexKey(caseRef), cancellationToken))?.Value.Conferences ?? [];

    private Task IndexAsync(Conference conference, CancellationToken cancellationToken) =>
        store.UpdateAsync<ConferenceIndex>(IndexKey(conference.CaseRef), current =>
        {
            var summary = ConferenceSummary.Of(conference);
            var others = (current?.Conferences ?? []).Where(c => c.Id != conference.Id);
            return new ConferenceIndex([.. others, summary]);
        }, cancellationToken);

    [GeneratedRegex("^[a-f0-9]{32}$")]
    private static partial Regex IdPattern();
}

public sealed record ConferenceIndex(IReadOnlyList<ConferenceSummary> Conferences);

/// <summary>What the due-date rules need of earlier meetings: the type, whether it is on, and when.</summary>
public sealed record ConferenceSummary(string Id, MeetingType Type, ConferenceStatus Status, DateTimeOffset? Start)
{
    public static ConferenceSummary Of(Conference c) => new(c.Id, c.Type, c.Status, c.Meeting?.Start);
}

public sealed class ConferenceGoneException() : Exception("The conference is no longer stored.");
