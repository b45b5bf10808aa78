using System.Net;
using CaseCoordinatorBot.Hosting;
using CaseCoordinatorBot.Testing.Auth;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Hosting;

[Collection(AzuriteFixture.Collection)]
public sealed class TestClockTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestTokenIssuer issuer = null!;
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync()
    {
        issuer = await TestTokenIssuer.StartAsync();
        connector = await FakeConnectorServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task The_clock_control_refuses_to_start_in_an_authenticated_deployment()
    {
        await using var bot = new BotHost(azurite.Server, issuer, connector, settings: new Dictionary<string, string> { ["Testing:ClockControl"] = "true" });
        var failure = Assert.ThrowsAny<Exception>(() => bot.Server);
        Assert.Contains("Testing:ClockControl", failure.ToString());
    }

    [Fact]
    public async Task In_anonymous_local_mode_the_clock_moves_forward_only_and_says_so_loudly()
    {
        await using var bot = new BotHost(azurite.Server, issuer, connector, settings: new Dictionary<string, string>
        {
            ["Bot:MicrosoftAppId"] = "",
            ["Bot:MicrosoftAppTenantId"] = "",
            ["Bot:MicrosoftAppPassword"] = "",
            ["Testing:ClockControl"] = "true",
        });
        _ = bot.Server;
        var clock = Assert.IsType<ShiftedTimeProvider>(bot.Services.GetRequiredService<TimeProvider>());
        var before = clock.GetUtcNow();
        var after = clock.Advance(TimeSpan.FromDays(3));
        Assert.InRange(after - before, TimeSpan.FromDays(3), TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromHours(-1)));
        Assert.Contains(bot.Logs.Records, r => r.EventId == 1010);

        // The test server gives no remote address, so it is not loopback: the control does not answer.
        using var response = await bot.CreateClient().PostAsync("/_test/clock/advance?days=1", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_clock_control_at_all()
    {
        await using var bot = new BotHost(azurite.Server, issuer, connector);
        Assert.IsNotType<ShiftedTimeProvider>(bot.Services.GetRequiredService<TimeProvider>());
        using var response = await bot.CreateClient().PostAsync("/_test/clock/advance?days=1", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
