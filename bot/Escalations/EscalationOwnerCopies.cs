using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// The owner's copy of the card and the posts that go with it, each made once. A post's key is stored on the
/// escalation before the post is made and removed again only when the connector's answer proves nothing was posted
/// (a 4xx or 503 answer, 429 included), so a retried turn or timer repeats a refused post but never one that may have
/// landed: when the outcome is unknown (a timeout, a dropped connection, a crash between the two) the post is given
/// up rather than risk a second one, as the timer sweeper does (<see cref="Scheduling.TimerFailures"/>).
/// </summary>
public sealed class EscalationOwnerCopies(EscalationStore store, EscalationPolicy policy, EscalationOwnerReach reach,
    EscalationPublisher publisher, ILogger<EscalationOwnerCopies> logger)
{
    /// <summary>
    /// Makes sure the owner of the current stage has a copy of the card: a fresh one for a new stage. The previous
    /// owner's copy is redrawn once more, so it shows that the stage has moved on.
    /// </summary>
    /// <exception cref="ConnectorException">The copy could not be posted (already logged by the connector).</exception>
    public async Task<Escalation> EnsureCopyAsync(CaseFile file, Escalation escalation, CancellationToken cancellationToken)
    {
        if (escalation.Status != EscalationStatus.AwaitingOwner || escalation.OwnerCopy?.Stage == escalation.Stage
            || policy.Stage(escalation.Stage) is not { } stage)
            return escalation;
        var previous = escalation.OwnerCopy;
        var (after, copy) = await OnceAsync(escalation, CopyKey(stage.Number), async () =>
        {
            if (await reach.FindAsync(file, escalation, stage, cancellationToken) is not { } owner)
            {
                Log.OwnerNotReachable(logger, file.CaseRef, escalation.Id, stage.Number);
                return null;
            }
            var card = await publisher.PostCopyAsync(owner, escalation, cancellationToken);
            Log.OwnerCopyPosted(logger, file.CaseRef, escalation.Id, stage.Number, owner.Place.ToString());
            return new EscalationOwnerCopy(stage.Number, owner.Place, card);
        }, cancellationToken);
        if (copy is null) return after;
        after = await store.UpdateAsync(after.CaseRef, after.Id,
            e => e.OwnerCopy is { } stored && stored.Stage >= copy.Stage ? e : e with { OwnerCopy = copy }, cancellationToken);
        if (previous is not null) await publisher.UpdateCardAsync(after, previous.Card, cancellationToken);
        return after;
    }

    /// <summary>
    /// Runs <paramref name="post"/> unless a post with <paramref name="key"/> was made or begun before; returns the
    /// escalation as stored and what the post returned (default when it was skipped).
    /// </summary>
    public async Task<(Escalation Escalation, T? Result)> OnceAsync<T>(Escalation escalation, string key, Func<Task<T?>> post,
        CancellationToken cancellationToken)
    {
        if (escalation.SentKeys.Contains(key, StringComparer.Ordinal)) return (escalation, default);
        var claimed = false;
        var stored = await store.UpdateAsync(escalation.CaseRef, escalation.Id, e =>
        {
            claimed = !e.SentKeys.Contains(key, StringComparer.Ordinal);
            return claimed ? e with { Sent = [.. e.SentKeys, key] } : e;
        }, cancellationToken);
        if (!claimed)
        {
            Log.PostOutcomeUnknown(logger, escalation.CaseRef, escalation.Id, key);
            return (stored, default);
        }
        try
        {
            return (stored, await post());
        }
        catch (ConnectorException ex) when (NothingPosted(ex))
        {
            await store.UpdateAsync(escalation.CaseRef, escalation.Id,
                e => e with { Sent = [.. e.SentKeys.Where(k => !string.Equals(k, key, StringComparison.Ordinal))] }, cancellationToken);
            throw;
        }
    }

    public static string CopyKey(int stage) => $"{stage}:copy";

    /// <summary>An answer that refused the request: nothing was posted, so the post may be made again.</summary>
    public static bool NothingPosted(ConnectorException failure) =>
        failure.StatusCode is >= 400 and < 500 or 503 || failure.ErrorCode is "UntrustedServiceUrl" or "TokenUnavailable";
}
