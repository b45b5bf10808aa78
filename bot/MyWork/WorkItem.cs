using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.MyWork;

/// <summary>
/// Something waiting in a case: the feature that owns it (<see cref="IWorkSource.Name"/>), its id there, what is to be
/// done in a few words (never a name or concern text: the list reaches notifications), when it is due, and for whom.
/// <see cref="Until"/>: when the item lapses on its own (a contribution once its meeting has begun), since the
/// derived list is redrawn on changes, not as time passes.
/// </summary>
public sealed record WorkItem(string Source, string Id, string What, DateTimeOffset DueAt, WorkOwner Owner, DateTimeOffset? Until = null);

/// <summary>Who an item waits for: one person, or the role holders of an agency (of any role when none is listed).</summary>
public sealed record WorkOwner(string UserKey, IReadOnlyList<Agency> Agencies, IReadOnlyList<CaseRole> Roles)
{
    public static WorkOwner Person(string userKey) => new(userKey, [], []);

    public static WorkOwner AgencyRoles(Agency agency, IReadOnlyList<CaseRole> roles) => new("", [agency], roles);

    public bool Includes(CaseMember member) =>
        (UserKey.Length > 0 && string.Equals(member.UserKey, UserKey, StringComparison.OrdinalIgnoreCase))
        || (Agencies.Contains(member.Agency) && (Roles.Count == 0 || Roles.Contains(member.Role)));
}

/// <summary>
/// A case's open items as last derived from its records (<c>cases/&lt;ref&gt;/work.json</c>), with the chronology entry
/// they reflect: a person's list reads this one document per case instead of every feature's records.
/// </summary>
public sealed record CaseWork(IReadOnlyList<WorkItem> Items, long UpToEntry, DateTimeOffset BuiltAt);
