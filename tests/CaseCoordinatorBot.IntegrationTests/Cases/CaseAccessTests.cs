using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Cases;

public sealed class CaseAccessTests(AzuriteFixture azurite) : BotTest(azurite)
{
    private CaseStore Cases => Bot.Services.GetRequiredService<CaseStore>();
    private AuditLog Audit => Bot.Services.GetRequiredService<AuditLog>();

    private static object Grant(string caseRef, Person member, string role = "SocialWorker") =>
        new { caseRef, member = member.AadObjectId, role };

    [Fact]
    public async Task A_case_lead_grants_a_role_to_someone_in_the_channel()
    {
        var channel = TestPeople.Channel("roles");
        await LinkCaseAsync(channel, "CR-7001");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "case.grantRole", Grant("CR-7001", TestPeople.SocialWorker)));

        Assert.Contains("Social worker", CardText(answer["value"]));
        var file = await Cases.FindCaseAsync("CR-7001", default);
        var granted = Assert.Single(file!.Members, m => m.Role == CaseRole.SocialWorker);
        Assert.Equal((TestPeople.SocialWorker.AadObjectId, Agency.Csc), (granted.AadObjectId, granted.Agency));
        Assert.Contains(await Audit.ReadAsync("CR-7001", default), e => e.Outcome == $"granted:SocialWorker:to:{TestPeople.HostTenant}/{TestPeople.SocialWorker.AadObjectId}");
    }

    [Theory]
    [InlineData("Health", Agency.Health)]
    [InlineData("Police", Agency.Police)]
    [InlineData("", Agency.Other)]
    public async Task An_other_agency_role_is_granted_for_the_agency_chosen(string chosen, Agency expected)
    {
        var channel = TestPeople.Channel("roles-agency");
        await LinkCaseAsync(channel, "CR-7002");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "case.grantRole",
            new { caseRef = "CR-7002", member = TestPeople.Nurse.AadObjectId, role = "OtherAgency", agency = chosen }));

        Assert.DoesNotContain("error", (string)answer["type"]!);
        var granted = Assert.Single((await Cases.FindCaseAsync("CR-7002", default))!.Members, m => m.Role == CaseRole.OtherAgency);
        Assert.Equal(expected, granted.Agency);
    }

    [Theory]
    [InlineData("School")]
    [InlineData("Csc")]
    [InlineData("1")]
    [InlineData("Ambulance")]
    public async Task An_agency_that_is_not_an_other_agency_is_refused_on_the_card_and_nothing_is_granted(string chosen)
    {
        var channel = TestPeople.Channel("roles-agency-bad");
        await LinkCaseAsync(channel, "CR-7003");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "case.grantRole",
            new { caseRef = "CR-7003", member = TestPeople.Nurse.AadObjectId, role = "OtherAgency", agency = chosen }));

        Assert.Contains("Choose which agency the person is from", CardText(answer["value"]));
        Assert.DoesNotContain((await Cases.FindCaseAsync("CR-7003", default))!.Members, m => m.Role == CaseRole.OtherAgency);
    }

    [Fact]
    public async Task A_crafted_action_naming_another_case_is_refused_and_written_to_that_case_audit_log()
    {
        await LinkCaseAsync(TestPeople.Channel("mine"), "CR-7101");
        await LinkCaseAsync(TestPeople.Channel("theirs"), "CR-7102");

        var answer = await Bot.InvokeAsync(Teams.Execute(TestPeople.Channel("mine"), TestPeople.Dsl, "case.grantRole", Grant("CR-7102", TestPeople.Nurse)));

        Assert.Equal("application/vnd.microsoft.error", (string)answer["type"]!);
        Assert.Contains("refused and recorded", (string)answer["value"]!["message"]!);
        var refused = Assert.Single(await Audit.ReadAsync("CR-7102", default), e => e.Outcome.StartsWith("refused"));
        Assert.Equal(("case.grantRole", "refused:wrong-conversation"), (refused.Event, refused.Outcome));
        Assert.Equal($"{TestPeople.HostTenant}/{TestPeople.Dsl.AadObjectId}", refused.Actor);
        Assert.DoesNotContain((await Cases.FindCaseAsync("CR-7102", default))!.Members, m => m.Role == CaseRole.SocialWorker);
    }

    [Fact]
    public async Task A_crafted_action_from_a_personal_chat_is_refused_and_audited()
    {
        await LinkCaseAsync(TestPeople.Channel("home"), "CR-7201");
        var fromPersonal = Teams.Execute(TestPeople.Channel("home"), TestPeople.Dsl, "case.grantRole", Grant("CR-7201", TestPeople.Nurse)) with
        {
            Conversation = new() { Id = "a:personal", ConversationType = "personal", TenantId = TestPeople.HostTenant },
            ChannelData = new() { Tenant = new() { Id = TestPeople.HostTenant } },
        };

        var answer = await Bot.InvokeAsync(fromPersonal);

        Assert.Equal("application/vnd.microsoft.error", (string)answer["type"]!);
        Assert.Contains(await Audit.ReadAsync("CR-7201", default), e => e.Outcome == "refused:wrong-conversation");
    }

    [Fact]
    public async Task Someone_outside_the_channel_roster_with_no_role_is_refused_and_audited()
    {
        var channel = TestPeople.Channel("closed");
        await LinkCaseAsync(channel, "CR-7301");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Outsider, "case.grantRole", Grant("CR-7301", TestPeople.Nurse)));

        Assert.Contains("not a member", (string)answer["value"]!["message"]!);
        Assert.Contains(await Audit.ReadAsync("CR-7301", default), e => e.Outcome == "refused:not-a-member");
    }

    [Fact]
    public async Task A_member_who_is_not_a_lead_cannot_grant_roles()
    {
        var channel = TestPeople.Channel("not-lead");
        await LinkCaseAsync(channel, "CR-7401");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Nurse, "case.grantRole", Grant("CR-7401", TestPeople.Nurse, "OtherAgency")));

        Assert.Contains("Only a case lead", (string)answer["value"]!["message"]!);
        Assert.Single((await Cases.FindCaseAsync("CR-7401", default))!.Members);
        Assert.Contains(await Audit.ReadAsync("CR-7401", default), e => e.Outcome == "refused:not-a-lead");
    }

    [Fact]
    public async Task A_role_for_someone_outside_the_channel_is_refused_on_the_card()
    {
        var channel = TestPeople.Channel("stranger");
        await LinkCaseAsync(channel, "CR-7501");

        var answer = await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "case.grantRole", Grant("CR-7501", TestPeople.Outsider)));

        Assert.Contains("member of this case", CardText(answer["value"]));
        Assert.Single((await Cases.FindCaseAsync("CR-7501", default))!.Members);
    }

    [Fact]
    public async Task The_roles_command_lists_grants_for_members_only()
    {
        var channel = TestPeople.Channel("listing");
        await LinkCaseAsync(channel, "CR-7601");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Nurse, "roles"))) { }
        Assert.Contains("case.grantRole", CardText(Assert.Single(Posts()).Body));

        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Outsider, "roles"))) { }
        var refusal = CardText(Assert.Single(Posts()).Body);
        Assert.Contains("not a member", refusal);
        Assert.DoesNotContain("case.grantRole", refusal);
    }

    [Fact]
    public async Task Staff_of_another_organisation_are_known_by_their_home_tenant_and_their_role_applies()
    {
        var channel = TestPeople.Channel("shared");
        // A school DSL in the host's shared channel: the roster names their own tenant.
        Connector.SetRoster(channel, [TestPeople.Dsl.Member(), TestPeople.Nurse.Member(TestPeople.SchoolTenant)]);
        await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "channel.linkCase", new { caseRef = "CR-7701", initials = "AB", agency = "School" }));
        await Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, "case.grantRole", Grant("CR-7701", TestPeople.Nurse, "Dsl")));

        var file = await Cases.FindCaseAsync("CR-7701", default);
        var granted = Assert.Single(file!.Members, m => m.Role == CaseRole.Dsl);
        Assert.Equal($"{TestPeople.SchoolTenant}/{TestPeople.Nurse.AadObjectId}", granted.UserKey);

        // Their own clicks arrive naming the host tenant, yet their grant is found.
        Connector.SetRoster(channel, [TestPeople.Dsl.Member()]);
        await using var fresh = new BotHost(Azurite.Server, Issuer, Connector, container: Bot.Container);
        var answer = await fresh.InvokeAsync(fresh.Activities.Execute(channel, TestPeople.Nurse, "case.grantRole", Grant("CR-7701", TestPeople.Dsl, "OtherAgency")));
        Assert.Contains("Only a case lead", (string)answer["value"]!["message"]!);
        Assert.DoesNotContain(await Audit.ReadAsync("CR-7701", default), e => e.Outcome == "refused:not-a-member");
    }

    [Fact]
    public async Task Someone_in_the_channel_from_an_organisation_not_on_the_allow_list_is_refused_and_audited()
    {
        var channel = TestPeople.Channel("guest");
        await LinkCaseAsync(channel, "CR-7801");
        Connector.SetRoster(channel, [TestPeople.Dsl.Member(), TestPeople.Nurse.Member("77777777-0000-4000-8000-000000000000")]);
        await using var fresh = new BotHost(Azurite.Server, Issuer, Connector, container: Bot.Container);

        var answer = await fresh.InvokeAsync(fresh.Activities.Execute(channel, TestPeople.Nurse, "case.grantRole", Grant("CR-7801", TestPeople.Dsl, "OtherAgency")));

        Assert.Contains("not one of the agencies", (string)answer["value"]!["message"]!);
        Assert.Contains(await Audit.ReadAsync("CR-7801", default), e => e.Outcome == "refused:tenant-not-allowed");
    }
}
