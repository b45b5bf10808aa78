using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using CaseCoordinatorBot.Testing.Auth;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests;

/// <summary>
/// Base of the integration tests: a token issuer, a fake connector and the real bot on Azurite, new for
/// every test so that tests can run in any order and count what they cause.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public abstract class BotTest(AzuriteFixture azurite) : IAsyncLifetime
{
    protected AzuriteFixture Azurite { get; } = azurite;
    protected TestTokenIssuer Issuer { get; private set; } = null!;
    protected FakeConnectorServer Connector { get; private set; } = null!;
    protected BotHost Bot { get; private set; } = null!;
    protected TeamsActivities Teams => Bot.Activities;

    public async Task InitializeAsync()
    {
        Issuer = await TestTokenIssuer.StartAsync();
        Connector = await FakeConnectorServer.StartAsync();
        Bot = new BotHost(Azurite.Server, Issuer, Connector, configureServices: ConfigureBotServices);
        _ = Bot.Server; // start now, so start-up failures surface here
    }

    /// <summary>A test class's own service replacements, applied after the bot's registrations.</summary>
    protected virtual void ConfigureBotServices(IServiceCollection services) { }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    /// <summary>Every blob the bot wrote, in both of its containers.</summary>
    protected async Task<IReadOnlyList<string>> BlobNamesAsync()
    {
        var service = new BlobServiceClient(Azurite.Server.ConnectionString);
        var names = new List<string>();
        foreach (var container in new[] { Bot.Container, Bot.AuditContainer })
        {
            var client = service.GetBlobContainerClient(container);
            if (!await client.ExistsAsync()) continue;
            await foreach (var blob in client.GetBlobsAsync()) names.Add($"{container}/{blob.Name}");
        }
        return names;
    }

    /// <summary>The connector calls that posted or updated something (not roster reads).</summary>
    protected IReadOnlyList<ConnectorRequest> Posts() =>
        Connector.Requests.Where(r => r.Method is "POST" or "PUT").ToArray();

    protected static string CardText(JsonNode? body) => body?.ToJsonString() ?? "";

    /// <summary>Links a channel as a case channel through the real set-up card verb, as the DSL.</summary>
    protected async Task<JsonObject> LinkCaseAsync(string channelId, string caseRef, Person? by = null, string initials = "AB", string agency = "School")
    {
        Connector.SetRoster(channelId, TestPeople.Everyone.Where(p => p != TestPeople.Outsider).Select(p => p.Member()));
        return await Bot.InvokeAsync(Teams.Execute(channelId, by ?? TestPeople.Dsl, "channel.linkCase",
            new { caseRef, initials, agency }));
    }
}
