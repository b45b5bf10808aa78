using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Contributions, one document per agency and meeting: an agency's new submission replaces its earlier one.</summary>
public sealed class ContributionStore(IDocumentStore store)
{
    public static string Key(string caseRef, string conferenceId, Agency agency) =>
        StorageKey.Join("cases", caseRef, "conferences", conferenceId, "contributions", agency.ToString().ToLowerInvariant() + ".json");

    public async Task<Contribution> SaveAsync(string caseRef, Contribution contribution, CancellationToken cancellationToken) =>
        (await store.UpdateAsync<Contribution>(Key(caseRef, contribution.ConferenceId, contribution.Agency), _ => contribution, cancellationToken)).Value;

    public async Task<IReadOnlyList<Contribution>> ListAsync(string caseRef, string conferenceId, CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(Enum.GetValues<Agency>().Select(a => store.ReadAsync<Contribution>(Key(caseRef, conferenceId, a), cancellationToken)));
        return found.Where(d => d is not null).Select(d => d!.Value).ToArray();
    }
}
