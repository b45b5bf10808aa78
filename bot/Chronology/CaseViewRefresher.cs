using System.Collections.Concurrent;
using System.Threading.Channels;
using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// Keeps the case views (<see cref="ICaseView"/>) current without slowing the turn that changed the case: every
/// chronology entry queues its case, a background loop redraws each queued case once (a burst of entries costs one
/// redraw), and any failure is logged and left for the next change to mend: a view is never the record, and this loop
/// ending would stop the host.
/// </summary>
public sealed class CaseViewRefresher(IServiceScopeFactory scopes, ILogger<CaseViewRefresher> logger) : BackgroundService, IChronologyObserver
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
                var views = scope.ServiceProvider.GetServices<ICaseView>().ToArray();
                if (views.Length == 0) continue;
                var file = await scope.ServiceProvider.GetRequiredService<CaseStore>().FindCaseAsync(caseRef, stoppingToken);
                if (file is null) continue;
                foreach (var view in views)
                    await RefreshAsync(view, file, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed (storage timing out after its retries is an AggregateException), the loop must live
                // on: a dead loop would stop the whole bot, for the sake of a view.
                Log.CaseViewFailed(logger, caseRef, "case", ex.GetType().Name);
            }
        }
    }

    // One view failing (Teams refusing the summary card) must not keep the others stale.
    private async Task RefreshAsync(ICaseView view, CaseFile file, CancellationToken stoppingToken)
    {
        try
        {
            await view.RefreshAsync(file, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Log.CaseViewFailed(logger, file.CaseRef, view.Name, ex.GetType().Name);
        }
    }
}
