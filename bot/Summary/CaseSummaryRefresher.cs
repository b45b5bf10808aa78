using System.Collections.Concurrent;
using System.Threading.Channels;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Connector;

namespace CaseCoordinatorBot.Summary;

/// <summary>
/// Keeps living summaries current without slowing the turn that changed the case: every chronology entry queues its
/// case, a background loop redraws each queued case once (a burst of entries costs one redraw), and a failure is
/// logged and left for the next change or 'summary' to mend: the summary is a view, never the record.
/// </summary>
public sealed class CaseSummaryRefresher(IServiceScopeFactory scopes, ILogger<CaseSummaryRefresher> logger) : BackgroundService, IChronologyObserver
{
    private readonly Channel<string> queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);

    public void Appended(string caseRef, ChronologyEntry entry) => Enqueue(caseRef);

    public void Enqueue(string caseRef)
    {
        if (pending.TryAdd(caseRef, 0)) queue.Writer.TryWrite(caseRef);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var caseRef in queue.Reader.ReadAllAsync(stoppingToken))
        {
            // Taken off before the redraw: an entry appended during it queues the case again.
            pending.TryRemove(caseRef, out _);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var file = await scope.ServiceProvider.GetRequiredService<CaseStore>().FindCaseAsync(caseRef, stoppingToken);
                if (file is not null) await scope.ServiceProvider.GetRequiredService<CaseSummaryPublisher>().RefreshAsync(file, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is ConnectorException or Azure.RequestFailedException or HttpRequestException or TimeoutException)
            {
                Log.SummaryRefreshFailed(logger, caseRef, ex.GetType().Name);
            }
        }
    }
}
