using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns.Siblings;

/// <summary>
/// A case's sibling links, kept beside the case in <c>cases/&lt;ref&gt;/siblings.json</c>: the cases linked (both sides
/// confirmed) and the requests waiting for this case's professionals to confirm.
/// </summary>
public sealed record SiblingLinks(IReadOnlyList<string> Linked, IReadOnlyList<SiblingRequest> Requests)
{
    public static SiblingLinks None { get; } = new([], []);

    public SiblingRequest? RequestFrom(string caseRef) => Requests.FirstOrDefault(r => r.FromCaseRef == caseRef);
}

/// <summary>Case <see cref="FromCaseRef"/> asked to be linked; who asked is named by display name and agency only.</summary>
public sealed record SiblingRequest(string FromCaseRef, string FromInitials, string ByName, Agency ByAgency, DateTimeOffset At);

/// <summary>Reads and changes sibling links with ETags, so two confirmations at once both land.</summary>
public sealed class SiblingStore(IDocumentStore store)
{
    /// <summary>A case has few siblings; the bound keeps a crafted flood of requests from growing the document.</summary>
    public const int MaxLinks = 12;

    public static string Key(string caseRef) => StorageKey.Join("cases", caseRef, "siblings.json");

    public async Task<SiblingLinks> ReadAsync(string caseRef, CancellationToken cancellationToken) =>
        (await store.ReadAsync<SiblingLinks>(Key(caseRef), cancellationToken))?.Value ?? SiblingLinks.None;

    public async Task<SiblingLinks> UpdateAsync(string caseRef, Func<SiblingLinks, SiblingLinks> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync<SiblingLinks>(Key(caseRef), current => change(current ?? SiblingLinks.None), cancellationToken)).Value;
}
