using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// The accept arrives in a personal chat, where <see cref="CaseAccess"/> (which wants the case's own channel) cannot
/// apply; the offer was made after that check, and this repeats its membership part: still in the channel or holding
/// a role, from an allowed organisation.
/// </summary>
public sealed class ExportAccess(CaseStore cases, AgencyTenants tenants)
{
    public async Task<bool> IsStillInCaseAsync(ExportRequest request, BotUser user, CancellationToken cancellationToken)
    {
        if (await cases.FindCaseAsync(request.CaseRef, cancellationToken) is not { } file) return false;
        var (person, inChannel) = await tenants.ResolveAsync(user, file.Channel, cancellationToken);
        if (!inChannel && file.Members.FirstOrDefault(m => m.AadObjectId == person.AadObjectId) is { } granted)
            person = person with { TenantId = granted.TenantId };
        return tenants.Allows(person.TenantId) && (inChannel || file.FindMember(person.Key) is not null);
    }
}
