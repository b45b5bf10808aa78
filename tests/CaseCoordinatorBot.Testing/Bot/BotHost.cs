using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Auth;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Testing.Bot;

/// <summary>
/// The real bot, in process, authenticated against a loopback token issuer, storing in a real Azurite
/// (its own containers) and talking to a fake connector. Several hosts may share one container to act
/// as several instances of the bot.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string AppId = "5d2c7b1a-0000-4000-8000-00000000b07d";
    public const string ConnectorToken = "connector-token-for-tests";

    static BotHost()
    {
        // Outside a test project (the benchmark) there is no Mvc.Testing manifest to find the content root;
        // the bot needs none beyond its output folder, where the card templates are copied.
        const string contentRoot = "ASPNETCORE_TEST_CONTENTROOT_CASECOORDINATORBOT";
        if (Environment.GetEnvironmentVariable(contentRoot) is null)
            Environment.SetEnvironmentVariable(contentRoot, AppContext.BaseDirectory);
    }

    private readonly AzuriteServer azurite;
    private readonly Action<IServiceCollection>? configureServices;
    private readonly IReadOnlyDictionary<string, string> settings;

    public BotHost(AzuriteServer azurite, TestTokenIssuer issuer, FakeConnectorServer connector,
        string? container = null, Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        this.azurite = azurite;
        this.configureServices = configureServices;
        Issuer = issuer;
        Connector = connector;
        Container = container ?? AzuriteFixture.NewContainerName("bot");
        Activities = new TeamsActivities(connector.ServiceUrl);
        connector.ExpectedBearerToken = ConnectorToken;
    }

    public TestTokenIssuer Issuer { get; }

    public FakeConnectorServer Connector { get; }

    public string Container { get; }

    public string AuditContainer => Container + "-audit";

    public TeamsActivities Activities { get; }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Bot:MicrosoftAppType", "SingleTenant");
        builder.UseSetting("Bot:MicrosoftAppId", AppId);
        builder.UseSetting("Bot:MicrosoftAppTenantId", TestPeople.HostTenant);
        builder.UseSetting("Bot:MicrosoftAppPassword", "not-used-the-token-provider-is-replaced");
        builder.UseSetting("Bot:OpenIdMetadataUrl", Issuer.MetadataUrl);
        builder.UseSetting("Bot:AllowedTenants:0", TestPeople.HostTenant);
        builder.UseSetting("Bot:AllowedTenants:1", TestPeople.SchoolTenant);
        builder.UseSetting("Storage:ConnectionString", azurite.ConnectionString);
        builder.UseSetting("Storage:Container", Container);
        builder.UseSetting("Storage:AuditContainer", AuditContainer);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FixedBotTokenProvider(ConnectorToken));
            configureServices?.Invoke(services);
        });
    }

    /// <summary>A token Teams would send for this activity.</summary>
    public string ValidAuthorization(Activity activity) =>
        "Bearer " + Issuer.CreateToken(new TokenSpec { Audience = AppId, ServiceUrl = activity.ServiceUrl });

    /// <summary>POSTs the activity to /api/messages with a valid token (or the given Authorization header).</summary>
    public async Task<HttpResponseMessage> SendAsync(Activity activity, string? authorization = null, CancellationToken cancellationToken = default)
    {
        // A card click answers a card the bot posted earlier: the connector knows that message.
        if (activity.ReplyToId is { } cardId && activity.Conversation?.Id is { } conversationId
            && !Connector.HasActivity(conversationId, cardId))
            Connector.AddActivity(conversationId, cardId);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization ?? ValidAuthorization(activity));
        return await CreateClient().SendAsync(request, cancellationToken);
    }

    /// <summary>Sends an invoke and returns the invoke response body, failing unless HTTP 200.</summary>
    public async Task<JsonObject> InvokeAsync(Activity invoke, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(invoke, cancellationToken: cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public IDocumentStore Documents => Services.GetRequiredService<IDocumentStore>();

    public StorageRequestCounter StorageRequests => Services.GetRequiredService<StorageRequestCounter>();
}
