namespace CaseCoordinatorBot.Cases;

/// <summary>
/// A case as the bot holds it: the reference and the child's initials only (never a name or date of
/// birth), the channel it lives in, and the role grants made in it.
/// </summary>
public sealed record CaseFile(
    string CaseRef,
    string Initials,
    CaseChannel Channel,
    IReadOnlyList<CaseMember> Members,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    IReadOnlyList<string>? Siblings = null)
{
    /// <summary>
    /// Cases of the child's brothers and sisters, linked once both sides confirmed. Kept on the case file, which every
    /// action reads anyway, so that announcing a concern to siblings costs no extra storage read.
    /// </summary>
    public IReadOnlyList<string> SiblingCases => Siblings ?? [];

    public CaseMember? FindMember(string userKey) => Members.FirstOrDefault(m => m.UserKey == userKey);

    public bool IsLead(string userKey) => Members.Any(m => m.UserKey == userKey && m.Role == CaseRole.Lead);
}

/// <summary>Where a case channel or desk lives, and the connector that reaches it.</summary>
public sealed record CaseChannel(string TenantId, string TeamId, string ChannelId, string ServiceUrl);

/// <summary>A role granted in a case to a person identified by tenant and AAD object id.</summary>
public sealed record CaseMember(
    string TenantId,
    string AadObjectId,
    string Name,
    Agency Agency,
    CaseRole Role,
    DateTimeOffset GrantedAt,
    string GrantedBy)
{
    public string UserKey => $"{TenantId}/{AadObjectId}";
}

public enum Agency { School, Csc, Health, Police, EarlyHelp, Other }

public enum CaseRole { Lead, Dsl, DeputyDsl, SocialWorker, TeamManager, ConferenceChair, OtherAgency }
