using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Cases;

/// <summary>
/// The cases in which a person holds a role, kept per person (<c>users/&lt;hash&gt;/cases.json</c>) so that a personal
/// chat can offer "which case?" without reading every case. It is a pointer list only: access is still checked
/// against the case itself (role and channel roster) on every action, so a stale line here grants nothing.
/// </summary>
public sealed class UserCases(IDocumentStore store, ILogger<UserCases> logger)
{
    public static string Key(string userKey) => StorageKey.Join("users", StorageKey.Hash(userKey), "cases.json");

    public async Task<IReadOnlyList<UserCase>> ListAsync(string userKey, CancellationToken cancellationToken) =>
        (await store.ReadAsync<UserCaseIndex>(Key(userKey), cancellationToken))?.Value.Cases ?? [];

    /// <summary>
    /// Adds the case to the person's list. The list is a convenience beside the case, written after the case itself:
    /// if one person's list is being changed by many turns at once and the write still loses after its retries, the
    /// case stands and the loss is logged, rather than failing the turn that made the case.
    /// </summary>
    public async Task AddAsync(string userKey, string caseRef, string initials, CancellationToken cancellationToken)
    {
        var entry = new UserCase(caseRef, initials);
        try
        {
            await store.UpdateAsync<UserCaseIndex>(Key(userKey), current => current is null ? new UserCaseIndex([entry])
                : current.Cases.Any(c => c.CaseRef == caseRef) ? current
                : current with { Cases = [.. current.Cases, entry] }, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            Log.UserCasesNotUpdated(logger, caseRef);
        }
    }
}

public sealed record UserCaseIndex(IReadOnlyList<UserCase> Cases);

/// <summary>A case as a pick list shows it: reference and initials, never a name.</summary>
public sealed record UserCase(string CaseRef, string Initials);
