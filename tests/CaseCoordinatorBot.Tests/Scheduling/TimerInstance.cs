using Azure.Storage.Blobs;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Scheduling;

/// <summary>
/// One bot instance's scheduling, wired as the bot wires it (<c>AddScheduling</c>), over shared Azurite
/// containers with its own storage client, a shared fake clock and shared <see cref="TimerEffects"/>.
/// </summary>
public sealed class TimerInstance : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TimerInstance(ServiceProvider services)
    {
        this.services = services;
        Scheduler = services.GetRequiredService<ITimerScheduler>();
        Sweeper = services.GetRequiredService<TimerSweeper>();
        Logs = services.GetFakeLogCollector();
    }

    public ITimerScheduler Scheduler { get; }

    public TimerSweeper Sweeper { get; }

    public FakeLogCollector Logs { get; }

    public static TimerInstance Create(TestStorage storage, FakeTimeProvider clock, TimerEffects effects,
        string instanceId, Action<SchedulingOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(storage.NewDocumentStore());
        services.AddSingleton(new BlobServiceClient(storage.Options.ConnectionString));
        services.AddSingleton(Options.Create(storage.Options));
        services.AddSingleton(effects);
        services.AddScheduling();
        services.Configure<SchedulingOptions>(o =>
        {
            o.InstanceId = instanceId;
            o.ClaimDuration = TimeSpan.FromMinutes(5);
            o.HandlerTimeout = TimeSpan.FromMinutes(2);
            configure?.Invoke(o);
        });
        services.AddTimerHandler<RecordingHandler>();
        services.AddTimerHandler<FailingHandler>();
        services.AddTimerHandler<HangingOnceHandler>();
        services.AddTimerHandler<StopAfterEffectHandler>();
        return new TimerInstance(services.BuildServiceProvider(validateScopes: true));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    /// <summary>
    /// Removes a test's timers from the shared Azurite, whose in-memory store slows every request as it fills.
    /// </summary>
    public static async Task DeleteContainerAsync(TestStorage storage) =>
        await storage.Client.GetBlobContainerClient(storage.Options.Container).DeleteIfExistsAsync();
}
