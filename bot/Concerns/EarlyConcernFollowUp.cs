using System.Text.Json;
using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// What follows an early (sub-threshold) concern once it is in the chronology: its review date, as a durable
/// timer, and the pattern check against the other early concerns of the case. Both are idempotent, so a retried
/// submit (which finds the entry already logged) runs them again safely and completes whatever a failure left.
/// </summary>
public sealed class EarlyConcernFollowUp(
    IDocumentStore store,
    ITimerScheduler timers,
    WorkingDayCalendar calendar,
    CaseChannelPoster poster,
    IOptions<EarlyConcernOptions> reviewOptions,
    IOptions<PatternAlertOptions> patternOptions,
    TimeProvider clock,
    ILogger<EarlyConcernFollowUp> logger,
    CaseViewRefresher? views = null)
{
    public static string IndexKey(string caseRef) => StorageKey.Join("cases", caseRef, "concerns", "early.json");

    /// <summary>The review timer's id: one per entry, so scheduling it again changes nothing.</summary>
    public static string ReviewTimerId(string caseRef, long sequence) => "concern-review-" + StorageKey.Hash($"{caseRef}\n{sequence}");

    public async Task AfterLoggedAsync(CaseFile file, ChronologyEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Body is not ConcernBody { Level: ConcernLevel.Early }) return;
        var reviewBy = calendar.DeadlineAfter(entry.RecordedAt, reviewOptions.Value.ReviewAfterWorkingDays);
        await ScheduleReviewAsync(file.CaseRef, entry, reviewBy, cancellationToken);
        await CheckPatternAsync(file, entry, reviewBy, cancellationToken);
        // The index was written after the entry: the views redrawn for the entry may not have seen it.
        views?.Enqueue(file.CaseRef);
    }

    private async Task ScheduleReviewAsync(string caseRef, ChronologyEntry entry, DateTimeOffset reviewBy, CancellationToken cancellationToken)
    {
        if (await timers.ScheduleAsync(new TimerRequest(ReviewTimerId(caseRef, entry.Sequence), ReviewDue.Kind, reviewBy,
                JsonSerializer.SerializeToElement(new ReviewTimer(caseRef, entry.Sequence, reviewBy), StorageJson.Options)), cancellationToken))
            Log.ReviewScheduled(logger, caseRef, entry.Sequence, reviewBy);
    }

    /// <summary>
    /// Adds the concern (with its review date, for the raiser's list of work) to the case's early-concern index and, in the same write, claims the alert for the set
    /// that crosses a threshold, so that of two concurrent submits only one posts it. A failed post gives the
    /// claim back, so that the next submit (or a retry) alerts again.
    /// </summary>
    private async Task CheckPatternAsync(CaseFile file, ChronologyEntry entry, DateTimeOffset reviewBy, CancellationToken cancellationToken)
    {
        var options = patternOptions.Value;
        var now = clock.GetUtcNow();
        IReadOnlyList<EarlyConcern> claimed = [];
        await store.UpdateAsync<EarlyConcerns>(IndexKey(file.CaseRef), current =>
        {
            var next = (current ?? EarlyConcerns.Empty).With(EarlyConcern.From(entry, reviewBy));
            var set = PatternRules.Crossing(next.Concerns, now, options);
            claimed = set.Count > 0 && !next.Alerted.Contains(PatternRules.Key(set)) ? set : [];
            return claimed.Count > 0 ? next.WithAlerted(PatternRules.Key(set)) : next;
        }, cancellationToken);
        if (claimed.Count == 0) return;

        try
        {
            await poster.PostCardAsync(file, "concerns/pattern-alert", PatternAlertCard.From(file, claimed, options), cancellationToken);
            Log.PatternAlerted(logger, file.CaseRef, PatternRules.Key(claimed));
        }
        catch (ConnectorException ex)
        {
            Log.PatternAlertFailed(logger, file.CaseRef, ex.StatusCode ?? 0);
            var key = PatternRules.Key(claimed);
            await store.UpdateAsync<EarlyConcerns>(IndexKey(file.CaseRef),
                current => (current ?? EarlyConcerns.Empty) with { Alerted = [.. (current ?? EarlyConcerns.Empty).Alerted.Where(k => k != key)] },
                CancellationToken.None);
        }
    }
}
