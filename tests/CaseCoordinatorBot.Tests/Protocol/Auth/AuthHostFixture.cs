using CaseCoordinatorBot.Testing.Auth;

namespace CaseCoordinatorBot.Tests.Protocol.Auth;

/// <summary>One token issuer and one authenticated bot, shared by the rows of a test class.</summary>
public sealed class AuthHostFixture : IAsyncLifetime
{
    public TestTokenIssuer Issuer { get; private set; } = null!;

    internal AuthTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await TestTokenIssuer.StartAsync();
        Host = await AuthTestHost.StartAsync(AuthTestHost.AuthenticatedSettings(Issuer));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
