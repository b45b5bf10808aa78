namespace CaseCoordinatorBot.Cases;

/// <summary>Data of <c>cards/cases/roles.json</c>.</summary>
public sealed record RolesCard(
    string CaseRef,
    string Initials,
    string Problem,
    IReadOnlyList<Choice> Members,
    IReadOnlyList<Choice> Roles,
    IReadOnlyList<Choice> OtherAgencies,
    IReadOnlyList<RoleGrantLine> Grants);

public sealed record RoleGrantLine(string Name, string RoleTitle, string AgencyTitle);
