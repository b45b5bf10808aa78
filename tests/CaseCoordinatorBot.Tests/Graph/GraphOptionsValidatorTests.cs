using CaseCoordinatorBot.Graph;
using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Graph;

public sealed class GraphOptionsValidatorTests
{
    private static ConnectorOptions SingleTenantBot() => new()
    {
        MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppId = "11111111-1111-1111-1111-111111111111",
        MicrosoftAppPassword = "secret", MicrosoftAppTenantId = "22222222-2222-2222-2222-222222222222",
    };

    private static ValidateOptionsResult Validate(GraphOptions options, ConnectorOptions? bot = null) =>
        new GraphOptionsValidator(Options.Create(bot ?? SingleTenantBot())).Validate(null, options);

    [Fact]
    public void The_defaults_with_an_organiser_are_valid()
    {
        var options = new GraphOptions { Organisers = { ["north"] = "conferences@la.example" } };

        Assert.True(Validate(options).Succeeded);
        Assert.True(Validate(options, new ConnectorOptions()).Succeeded);
        Assert.True(options.TryGetOrganiser("NORTH", out var mailbox));
        Assert.Equal("conferences@la.example", mailbox);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", true)]
    [InlineData("https://graph.microsoft.us/v1.0", true)]
    [InlineData("http://127.0.0.1:5123/v1.0", true)]
    [InlineData("http://localhost:5123/v1.0", true)]
    [InlineData("http://graph.microsoft.com/v1.0", false)]
    [InlineData("/v1.0", false)]
    [InlineData("https://graph.microsoft.com/v1.0?x=1", false)]
    [InlineData("ftp://graph.microsoft.com/v1.0", false)]
    public void The_base_url_must_be_https_or_loopback_http(string baseUrl, bool valid)
    {
        var result = Validate(new GraphOptions { BaseUrl = baseUrl });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
            Assert.Contains("Graph:BaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conferences@la.example", true)]
    [InlineData("conferences", false)]
    [InlineData("conferences@la", false)]
    [InlineData("con ferences@la.example", false)]
    [InlineData("", false)]
    public void Organisers_must_be_mailbox_addresses(string mailbox, bool valid)
    {
        var result = Validate(new GraphOptions { Organisers = { ["north"] = mailbox } });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
            Assert.Contains("Graph:Organisers:north", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 30, 3, "Graph:MaxRetries")]
    [InlineData(11, 30, 3, "Graph:MaxRetries")]
    [InlineData(3, 0, 3, "Graph:Timeout")]
    [InlineData(3, 600, 3, "Graph:Timeout")]
    [InlineData(3, 30, 181, "Graph:RetryDelay")]
    [InlineData(3, 30, 1.5, "Graph:RetryDelay")]
    public void Retry_and_timeout_bounds_are_checked(int maxRetries, double timeoutSeconds, double retryDelaySeconds, string named)
    {
        var result = Validate(new GraphOptions
        {
            MaxRetries = maxRetries, Timeout = TimeSpan.FromSeconds(timeoutSeconds), RetryDelay = TimeSpan.FromSeconds(retryDelaySeconds),
        });

        Assert.False(result.Succeeded);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_tenant_bot_needs_the_mailboxes_tenant()
    {
        var bot = SingleTenantBot();
        bot.MicrosoftAppType = BotAppType.MultiTenant;

        Assert.Contains("Graph:TenantId", Validate(new GraphOptions(), bot).FailureMessage, StringComparison.Ordinal);
        Assert.True(Validate(new GraphOptions { TenantId = "la.example" }, bot).Succeeded);
        Assert.True(Validate(new GraphOptions { ManagedIdentityClientId = Guid.NewGuid().ToString() }, bot).Succeeded);
    }

    [Fact]
    public void A_managed_identity_must_be_a_client_id_and_not_mixed_with_a_tenant()
    {
        Assert.False(Validate(new GraphOptions { ManagedIdentityClientId = "graph-identity" }).Succeeded);
        Assert.False(Validate(new GraphOptions { ManagedIdentityClientId = Guid.NewGuid().ToString(), TenantId = "la.example" }).Succeeded);
    }

    [Fact]
    public async Task A_bad_graph_section_stops_the_host_at_start_up()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = "http://graph.example/v1.0",
            ["Graph:Organisers:north"] = "not-an-address",
        });
        builder.AddGraph();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Graph:BaseUrl", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Graph:Organisers:north", failure.Message, StringComparison.Ordinal);
    }
}
