using System.Net;
using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Testing.Auth;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Protocol.Auth;

public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    // Drives the key cache's refresh intervals; token lifetimes are checked against the system clock.
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private TestTokenIssuer issuer = null!;
    private AuthTestHost host = null!;

    public async Task InitializeAsync()
    {
        issuer = await TestTokenIssuer.StartAsync();
        host = await AuthTestHost.StartAsync(AuthTestHost.AuthenticatedSettings(issuer), clock);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task Key_rotated_in_after_the_first_fetch_is_accepted_after_exactly_one_refresh()
    {
        await AssertStatusAsync(HttpStatusCode.OK, Token());
        Assert.Equal(1, issuer.MetadataFetches);

        var rotated = issuer.RotateInKey();
        await AssertStatusAsync(HttpStatusCode.OK, Token(rotated));

        Assert.Equal(2, issuer.MetadataFetches);
        Assert.Equal(2, issuer.JwksFetches);
    }

    [Fact]
    public async Task Unknown_key_triggers_at_most_one_refresh_per_request()
    {
        await AssertStatusAsync(HttpStatusCode.OK, Token());

        for (var request = 0; request < 3; request++)
        {
            // Past the rate limit each time, so that nothing but the per-request rule bounds the fetches.
            clock.Advance(BotOpenIdConfigurationManager.ForcedRefreshInterval + TimeSpan.FromSeconds(1));
            var before = issuer.MetadataFetches;

            await AssertStatusAsync(HttpStatusCode.Unauthorized, Token(issuer.StrangerKey));

            Assert.Equal(before + 1, issuer.MetadataFetches);
        }
    }

    [Fact]
    public async Task Refreshes_forced_by_unknown_keys_are_rate_limited()
    {
        await AssertStatusAsync(HttpStatusCode.OK, Token());
        await AssertStatusAsync(HttpStatusCode.Unauthorized, Token(issuer.StrangerKey));
        Assert.Equal(2, issuer.MetadataFetches);

        for (var request = 0; request < 5; request++)
        {
            await AssertStatusAsync(HttpStatusCode.Unauthorized, Token(issuer.StrangerKey));
        }

        Assert.Equal(2, issuer.MetadataFetches);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TokenVariants.Get("legitimate").Create(issuer, AuthTestHost.Scenario))).StatusCode);
    }

    [Fact]
    public async Task Key_rotated_in_within_the_rate_limit_is_accepted_once_the_limit_has_passed()
    {
        await AssertStatusAsync(HttpStatusCode.OK, Token());
        await AssertStatusAsync(HttpStatusCode.Unauthorized, Token(issuer.StrangerKey));
        var rotated = issuer.RotateInKey();

        await AssertStatusAsync(HttpStatusCode.Unauthorized, Token(rotated));
        clock.Advance(BotOpenIdConfigurationManager.ForcedRefreshInterval);
        await AssertStatusAsync(HttpStatusCode.OK, Token(rotated));
    }

    [Fact]
    public async Task Metadata_is_fetched_again_after_the_automatic_refresh_interval()
    {
        await AssertStatusAsync(HttpStatusCode.OK, Token());
        clock.Advance(TimeSpan.FromHours(11));
        await AssertStatusAsync(HttpStatusCode.OK, Token());
        Assert.Equal(1, issuer.MetadataFetches);

        clock.Advance(TimeSpan.FromHours(2));
        await AssertStatusAsync(HttpStatusCode.OK, Token());
        Assert.Equal(2, issuer.MetadataFetches);
    }

    private TokenRequest Token(TestSigningKey? key = null) =>
        new("Bearer " + issuer.CreateToken(TokenVariants.Valid(AuthTestHost.Scenario) with { Key = key }),
            AuthTestHost.ServiceUrl, TestTokenIssuer.TeamsChannel);

    private async Task AssertStatusAsync(HttpStatusCode expected, TokenRequest request)
    {
        using var response = await host.PostAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }
}
