using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns.Siblings;

/// <summary>
/// Requests to link a case with a sibling's, waiting for this case's professionals to confirm, kept beside the case in
/// <c>cases/&lt;ref&gt;/sibling-requests.json</c>. Confirmed links live on the case file (<see cref="CaseFile.SiblingCases"/>).
/// </summary>
public sealed record SiblingRequests(IReadOnlyList<SiblingRequest> Waiting)
{
    public static SiblingRequests None { get; } = new([]);

    public SiblingRequest? From(string caseRef) => Waiting.FirstOrDefault(r => r.FromCaseRef == caseRef);

    public SiblingRequests Without(string caseRef) => new([.. Waiting.Where(r => r.FromCaseRef != caseRef)]);
}

/// <summary>Case <see cref="FromCaseRef"/> asked to be linked; who asked is named by display name and agency only.</summary>
public sealed record SiblingRequest(string FromCaseRef, string FromInitials, string ByName, Agency ByAgency, DateTimeOffset At);

/// <summary>Sibling requests and links, changed with ETags so that two answers at once both land.</summary>
public sealed class SiblingStore(IDocumentStore store, CaseStore cases)
{
    /// <summary>A case has few siblings; the bound keeps a crafted flood of requests from growing the documents.</summary>
    public const int MaxLinks = 12;

    public static string Key(string caseRef) => StorageKey.Join("cases", caseRef, "sibling-requests.json");

    public async Task<SiblingRequests> RequestsAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<SiblingRequests>(Key(caseRef), cancellationToken))?.Value ?? SiblingRequests.None;

    public async Task<SiblingRequests> UpdateRequestsAsync(string caseRef, Func<SiblingRequests, SiblingRequests> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync<SiblingRequests>(Key(caseRef), current => change(current ?? SiblingRequests.None), cancellationToken)).Value;

    public async Task<IReadOnlyList<string>> LinkedAsync(string caseRef, CancellationToken cancellationToken) =>
        (await cases.FindCaseAsync(caseRef, cancellationToken))?.SiblingCases ?? [];

    /// <summary>Adds <paramref name="siblingRef"/> to the case's links (once).</summary>
    public Task LinkAsync(string caseRef, string siblingRef, CancellationToken cancellationToken) =>
        cases.UpdateCaseAsync(caseRef, file => file.SiblingCases.Contains(siblingRef) ? file
            : file with { Siblings = [.. file.SiblingCases, siblingRef] }, cancellationToken);
}
