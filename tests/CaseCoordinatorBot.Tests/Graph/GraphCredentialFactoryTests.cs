using Azure.Identity;
using CaseCoordinatorBot.Graph;
using CaseCoordinatorBot.Protocol.Connector;

namespace CaseCoordinatorBot.Tests.Graph;

public sealed class GraphCredentialFactoryTests
{
    private static ConnectorOptions Bot(BotAppType type) => new()
    {
        MicrosoftAppType = type, MicrosoftAppId = "11111111-1111-1111-1111-111111111111",
        MicrosoftAppPassword = type == BotAppType.UserAssignedMsi ? null : "secret",
        MicrosoftAppTenantId = "22222222-2222-2222-2222-222222222222",
    };

    [Fact]
    public void Graph_s_own_managed_identity_wins_over_the_bot_s_identity()
    {
        var graph = new GraphOptions { ManagedIdentityClientId = Guid.NewGuid().ToString() };

        Assert.IsType<ManagedIdentityCredential>(GraphCredentialFactory.Create(graph, Bot(BotAppType.SingleTenant)));
    }

    [Theory]
    [InlineData(BotAppType.SingleTenant, typeof(ClientSecretCredential))]
    [InlineData(BotAppType.UserAssignedMsi, typeof(ManagedIdentityCredential))]
    public void Without_its_own_identity_graph_uses_the_bot_s(BotAppType type, Type expected)
    {
        Assert.IsType(expected, GraphCredentialFactory.Create(new GraphOptions(), Bot(type)));
    }

    [Fact]
    public void A_multi_tenant_bot_s_secret_is_used_in_the_mailboxes_tenant()
    {
        var credential = GraphCredentialFactory.Create(new GraphOptions { TenantId = "la.example" }, Bot(BotAppType.MultiTenant));

        Assert.IsType<ClientSecretCredential>(credential);
    }

    [Fact]
    public void An_anonymous_local_bot_calls_graph_without_a_token()
    {
        Assert.Null(GraphCredentialFactory.Create(new GraphOptions(), new ConnectorOptions()));
    }
}
