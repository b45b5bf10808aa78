using Microsoft.Extensions.DependencyInjection;
using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Testing.Auth;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Protocol.Auth;

public sealed class BotAuthStartupTests
{
    [Fact]
    public async Task Missing_app_id_with_a_non_loopback_url_fails_start_up_naming_Bot_MicrosoftAppId()
    {
        // Options are validated before any hosted service starts, so nothing is ever bound to 0.0.0.0.
        await using var app = AuthTestHost.CreateBuilder(new Dictionary<string, string?>(), urls: "http://0.0.0.0:3978").Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Bot:MicrosoftAppId", failure.Message);
        Assert.Contains("http://0.0.0.0:3978", failure.Message);
    }

    [Fact]
    public async Task Missing_app_id_with_a_non_loopback_kestrel_endpoint_fails_start_up()
    {
        await using var app = AuthTestHost.CreateBuilder(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Public:Url"] = "http://+:8080",
        }).Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Bot:MicrosoftAppId", failure.Message);
    }

    [Theory]
    [InlineData("Bot:AllowedTenants:0", null, "Bot:AllowedTenants")]
    [InlineData("Bot:ClockSkew", "00:05:01", "Bot:ClockSkew")]
    [InlineData("Bot:ClockSkew", "-00:00:01", "Bot:ClockSkew")]
    [InlineData("Bot:OpenIdMetadataUrl", "http://login.example.com/v1/.well-known/openidconfiguration", "Bot:OpenIdMetadataUrl")]
    [InlineData("Bot:MicrosoftAppType", "Anonymous", "Bot:MicrosoftAppType")]
    public async Task Unsafe_configuration_fails_start_up_naming_the_setting(string key, string? value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = AuthTestHost.AppId,
            ["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
            ["Bot:AllowedTenants:0"] = AuthTestHost.Tenant,
        };
        settings[key] = value;
        await using var app = AuthTestHost.CreateBuilder(settings).Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(named, failure.Message);
    }

    [Fact]
    public async Task Configured_bot_starts_in_authenticated_mode_with_the_default_issuer_and_metadata()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var host = await AuthTestHost.StartAsync(AuthTestHost.AuthenticatedSettings(issuer));

        Assert.Equal(BotAuthMode.Authenticated, host.Services.GetRequiredService<BotAuthMode>());
        var options = host.Services.GetRequiredService<IOptions<BotAuthOptions>>().Value;
        Assert.Equal([BotAuthOptions.BotFrameworkIssuer], options.EffectiveIssuers);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ClockSkew);
        Assert.Equal(BotAuthOptions.DefaultOpenIdMetadataUrl, new BotAuthOptions().OpenIdMetadataUrl);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Message.Contains("ANONYMOUS", StringComparison.Ordinal));
    }
}
