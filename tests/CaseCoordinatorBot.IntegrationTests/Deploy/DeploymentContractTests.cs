using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Deploy;

/// <summary>What the app package and the infrastructure promise must be what the bot does.</summary>
public sealed class DeploymentContractTests(AzuriteFixture azurite) : BotTest(azurite)
{
    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseCoordinatorBot.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repo root not found"), relative);
    }

    [Fact]
    public void The_manifest_command_lists_name_exactly_the_commands_the_bot_routes()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepoFile("manifest/commands.json")))!;
        var listed = manifest["commands"]!.AsArray().Select(c => (string)c!["name"]!).Order().ToArray();
        var routed = Bot.Services.GetRequiredService<RouteTable>().Commands.Order().ToArray();
        Assert.Equal(routed, listed);
    }

    [Fact]
    public async Task The_app_service_settings_the_infrastructure_writes_start_the_bot_with_a_managed_identity()
    {
        await using var deployed = new BotHost(Azurite.Server, Issuer, Connector, settings: new Dictionary<string, string>
        {
            ["Bot:MicrosoftAppType"] = "UserAssignedMSI",
            ["Bot:MicrosoftAppPassword"] = "",
            ["Bot:MicrosoftAppTenantId"] = TestPeople.HostTenant,
            ["Conferences:OrganiserMailbox"] = "conferences@la.example",
            ["Area:Name"] = "Anyshire",
            ["AZURE_CLIENT_ID"] = BotHost.AppId,
        });

        var ready = await deployed.CreateClient().GetAsync("/readyz");

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.False(deployed.Services.GetRequiredService<BotAuthMode>().IsAnonymousLocal);
    }
}
