using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

public sealed class ConnectorOptionsValidatorTests
{
    private static ConnectorOptions Valid() => new()
    {
        MicrosoftAppType = BotAppType.SingleTenant,
        MicrosoftAppId = "app-id",
        MicrosoftAppTenantId = "tenant-id",
        MicrosoftAppPassword = "not-a-secret",
    };

    public static TheoryData<string, Action<ConnectorOptions>, bool> Cases => new()
    {
        { "single tenant with a secret", _ => { }, true },
        { "anonymous local mode", o => { o.MicrosoftAppId = ""; o.MicrosoftAppTenantId = null; o.MicrosoftAppPassword = null; }, true },
        { "single tenant without a tenant", o => o.MicrosoftAppTenantId = null, false },
        { "single tenant without a secret", o => o.MicrosoftAppPassword = null, false },
        { "a secret and a certificate", o => o.MicrosoftAppCertificatePath = "/no/such.pfx", false },
        { "a certificate file that is missing", o => { o.MicrosoftAppPassword = null; o.MicrosoftAppCertificatePath = "/no/such.pfx"; }, false },
        { "multi-tenant without a tenant", o => { o.MicrosoftAppType = BotAppType.MultiTenant; o.MicrosoftAppTenantId = null; }, true },
        { "managed identity with nothing else", o => { o.MicrosoftAppType = BotAppType.UserAssignedMsi; o.MicrosoftAppPassword = null; }, true },
        { "managed identity with a secret", o => o.MicrosoftAppType = BotAppType.UserAssignedMsi, false },
        { "an http authority host", o => o.TokenAuthorityHost = new Uri("http://login.example"), false },
        { "a trusted service URL over plain http", o => o.TrustedServiceUrls = ["http://smba.trafficmanager.net/emea/"], false },
        { "a trusted loopback service URL", o => o.TrustedServiceUrls = ["http://127.0.0.1:5000/"], true },
        { "no request timeout", o => o.RequestTimeout = TimeSpan.Zero, false },
        { "no attempts", o => o.MaxAttempts = 0, false },
        { "a base delay above the longest", o => o.RetryBaseDelay = TimeSpan.FromMinutes(1), false },
        { "a page size above 500", o => o.MemberPageSize = 501, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Configuration_is_checked_at_start_up(string because, Action<ConnectorOptions> change, bool valid)
    {
        var options = Valid();
        change(options);

        var result = new ConnectorOptionsValidator().Validate(null, options);

        Assert.True(valid == result.Succeeded, $"{because}: {result.FailureMessage}");
    }

    [Fact]
    public async Task A_host_with_an_invalid_bot_section_does_not_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("Bot:MicrosoftAppId", "app-id")]);
        builder.AddBotConnector();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", failure.Message);
    }
}
