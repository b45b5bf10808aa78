using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.MyWork;

namespace CaseCoordinatorBot.Tests.MyWork;

public sealed class WorkOwnerTests
{
    private static CaseMember Member(string aad, Agency agency, CaseRole role) =>
        new("tenant-a", aad, "Synthetic Person", agency, role, DateTimeOffset.UnixEpoch, "tenant-a/lead");

    [Fact]
    public void A_person_owner_is_that_person_only_whatever_the_case_of_the_key()
    {
        var owner = WorkOwner.Person("TENANT-A/AAD-1");

        Assert.True(owner.Includes(Member("aad-1", Agency.School, CaseRole.Dsl)));
        Assert.False(owner.Includes(Member("aad-2", Agency.School, CaseRole.Dsl)));
    }

    [Fact]
    public void An_agency_owner_with_roles_is_the_holders_of_those_roles_in_that_agency()
    {
        var owner = WorkOwner.AgencyRoles(Agency.Csc, [CaseRole.TeamManager]);

        Assert.True(owner.Includes(Member("aad-1", Agency.Csc, CaseRole.TeamManager)));
        Assert.False(owner.Includes(Member("aad-2", Agency.Csc, CaseRole.SocialWorker)));
        Assert.False(owner.Includes(Member("aad-3", Agency.School, CaseRole.TeamManager)));
    }

    [Fact]
    public void An_agency_owner_without_roles_is_every_role_holder_of_that_agency()
    {
        var owner = WorkOwner.AgencyRoles(Agency.Health, []);

        Assert.True(owner.Includes(Member("aad-1", Agency.Health, CaseRole.OtherAgency)));
        Assert.False(owner.Includes(Member("aad-2", Agency.Police, CaseRole.OtherAgency)));
    }
}
