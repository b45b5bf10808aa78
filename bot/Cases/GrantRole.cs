using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Cases;

/// <summary>Inputs of the roles card; <see cref="Agency"/> says which agency an "other agency" role is for.</summary>
public sealed record GrantRoleData(string? CaseRef, string? Member, string? Role, string? Agency = null);

/// <summary>A case lead grants a role to someone in the case channel's roster.</summary>
public sealed class GrantRole(CaseStore cases, CaseAccess access, ChannelRoster roster, AgencyTenants tenants, AuditLog audit, UserCases userCases, TimeProvider clock) : IVerbHandler<GrantRoleData>
{
    public static string Verb => "case.grantRole";

    public async Task<TurnReply> HandleAsync(Turn turn, GrantRoleData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        var file = grant.Case;
        async Task<TurnReply> Again(string problem) =>
            TurnReply.Card("cases/roles", await ShowRoles.BuildAsync(file, problem, roster, cancellationToken));

        if (!file.IsLead(grant.User.Key))
        {
            await audit.RecordAsync(file.CaseRef, Verb, turn, "refused:not-a-lead", cancellationToken);
            return TurnReply.Problem("Only a case lead can grant roles in this case. The refusal was recorded.");
        }
        if (!Enum.TryParse<CaseRole>(data.Role, ignoreCase: false, out var role) || role == CaseRole.Lead || !Enum.IsDefined(role))
            return await Again("Choose a role to grant.");
        var agency = CaseVocabulary.AgencyOf(role, file.FindMember(grant.User.Key)?.Agency ?? Agency.Other);
        if (role == CaseRole.OtherAgency && !string.IsNullOrEmpty(data.Agency))
        {
            if (!CaseVocabulary.OtherAgencyChoices.Any(c => c.Value == data.Agency) || !Enum.TryParse<Agency>(data.Agency, out agency))
                return await Again("Choose which agency the person is from: health, police, early help or another agency.");
        }
        var aad = (data.Member ?? "").Trim().ToLowerInvariant();
        var member = aad.Length == 0 ? null : await roster.FindAsync(file.Channel, aad, cancellationToken);
        if (member is null)
            return await Again("Choose someone who is a member of this case's channel.");
        var memberTenant = (member.TenantId is { Length: > 0 } home ? home : grant.User.TenantId).ToLowerInvariant();
        if (!tenants.Allows(memberTenant))
            return await Again("That person's organisation is not one of the agencies this bot serves.");

        var granted = new CaseMember(memberTenant, aad, member.Name ?? "", agency, role, clock.GetUtcNow(), grant.User.Key);
        var updated = await cases.UpdateCaseAsync(file.CaseRef, current => current with
        {
            Members = [.. current.Members.Where(m => !(m.UserKey == granted.UserKey && m.Role == role)), granted],
        }, cancellationToken);
        await userCases.AddAsync(granted.UserKey, file.CaseRef, file.Initials, cancellationToken);
        await audit.RecordAsync(file.CaseRef, Verb, turn, $"granted:{role}:to:{granted.UserKey}", cancellationToken);
        return TurnReply.Card("cases/roles", await ShowRoles.BuildAsync(updated.Value, "", roster, cancellationToken), shared: true);
    }
}
