using System.Net;
using CaseCoordinatorBot.Testing.Auth;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Hosting;

/// <summary>Every forged token against the real endpoint: refused, nothing sent, nothing stored.</summary>
public sealed class InboundAuthenticationTests(AzuriteFixture azurite) : BotTest(azurite)
{
    public static TheoryData<string> ForgedVariants() => new(TokenVariants.Forged.Select(v => v.Name));

    public static TheoryData<string> AcceptedVariants() => new(TokenVariants.Accepted.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(ForgedVariants))]
    public async Task A_forged_or_defective_token_gets_401_and_has_no_effect(string variantName)
    {
        var request = TokenVariants.Get(variantName).Create(Issuer, new TokenScenario(BotHost.AppId, Connector.ServiceUrl));
        var activity = request.ToMessage(Teams.NewId(), TestPeople.HostTenant) with { Text = "help" };

        using var response = await Bot.SendAsync(activity, authorization: request.Authorization ?? "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Connector.Requests);
        Assert.Empty(await BlobNamesAsync());
    }

    [Theory]
    [MemberData(nameof(AcceptedVariants))]
    public async Task A_legitimate_token_is_accepted_and_the_bot_answers(string variantName)
    {
        var request = TokenVariants.Get(variantName).Create(Issuer, new TokenScenario(BotHost.AppId, Connector.ServiceUrl));
        var activity = request.ToMessage(Teams.NewId(), TestPeople.HostTenant) with { Text = "help" };

        using var response = await Bot.SendAsync(activity, authorization: request.Authorization);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Connector.Requests);
        Assert.Equal("POST", reply.Method);
        Assert.Equal("Bearer " + BotHost.ConnectorToken, reply.Authorization);
    }

    [Fact]
    public async Task An_activity_from_a_tenant_not_on_the_allow_list_is_refused_with_nothing_sent_or_stored()
    {
        var activity = Teams.PersonalMessage(TestPeople.Dsl, "help") with
        {
            ChannelData = new() { Tenant = new() { Id = "99999999-0000-4000-8000-000000000000" } },
            Conversation = new() { Id = "a:x", ConversationType = "personal", TenantId = "99999999-0000-4000-8000-000000000000" },
        };

        using var response = await Bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Connector.Requests);
        Assert.Empty(await BlobNamesAsync());
        Assert.Contains(Bot.Logs.Records, r => r.Message.Contains("99999999-0000-4000-8000-000000000000") && r.Message.Contains("tenant-not-allowed"));
    }

    [Fact]
    public async Task No_token_or_signature_ever_reaches_the_log()
    {
        var valid = Teams.PersonalMessage(TestPeople.Dsl, "help");
        var authorization = Bot.ValidAuthorization(valid);
        using (await Bot.SendAsync(valid, authorization)) { }
        using (await Bot.SendAsync(Teams.PersonalMessage(TestPeople.Dsl, "help"), authorization + "x")) { }

        var token = authorization["Bearer ".Length..];
        var signature = token[(token.LastIndexOf('.') + 1)..];
        Assert.DoesNotContain(signature, Bot.Logs.AllText);
        Assert.DoesNotContain(BotHost.ConnectorToken, Bot.Logs.AllText);
    }
}
