using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// Sets the next weekly digest at start-up. Every instance does, and the timer is named after its week, so it is set
/// once; each digest then sets the next, and this only starts the chain (or restarts it after storage was reset).
/// </summary>
public sealed class StalledWorkDigestStarter(ITimerScheduler timers, StalledWorkDigestSchedule schedule, TimeProvider time,
    ILogger<StalledWorkDigestStarter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await schedule.ScheduleNextAsync(timers, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Start-up goes on: everything else the bot does works without the digest.
            Log.StalledWorkDigestNotScheduled(logger, ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
