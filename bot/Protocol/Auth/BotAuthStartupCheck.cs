using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// Announces anonymous local mode loudly before the server starts, and once it has started checks the
/// addresses it really bound (code can add listeners that configuration does not show): any non-loopback
/// address in anonymous mode stops the application.
/// </summary>
internal sealed class BotAuthStartupCheck(
    BotAuthMode mode, IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<BotAuthStartupCheck> logger)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (mode.IsAnonymousLocal)
        {
            Log.AnonymousLocalMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!mode.IsAnonymousLocal)
        {
            return Task.CompletedTask;
        }

        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(address => !ListenAddresses.IsLoopback(address)).ToArray();
        if (exposed.Length == 0)
        {
            return Task.CompletedTask;
        }

        var listed = string.Join(", ", exposed);
        Log.AnonymousModeExposed(logger, listed);
        lifetime.StopApplication();
        throw new InvalidOperationException(
            $"Anonymous local mode (no Bot:MicrosoftAppId) but the server listens on non-loopback address(es): {listed}.");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
