namespace CaseCoordinatorBot.Chat;

/// <summary>Builds the intent matcher while the host starts, so that a broken table stops start-up and the log says
/// which intents wait for a command that is not routed yet.</summary>
internal sealed class IntentsStartup(IntentMatcher matcher, ILogger<IntentsStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.IntentsReady(logger, matcher.Active.Count, string.Join(',', matcher.Ignored.Select(i => i.Name)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
