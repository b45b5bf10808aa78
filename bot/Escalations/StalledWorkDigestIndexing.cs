using CaseCoordinatorBot.Concerns;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// The timer scheduler, noting in <see cref="StalledWorkDigestIndex"/> each item that opens: every feature already
/// sets a timer when something starts that can stall (a referral's acknowledgement and decision deadlines, a request
/// for an update, an escalation stage, an early concern's review), so this is the one place that sees them all open
/// without each feature calling the digest. The timer is set first; a failure to note it is logged and does not fail
/// the feature (the next schedule of the same item notes it again).
/// <para>
/// It also starts the weekly chain of digests the first time an item opens (each digest then sets the next), rather
/// than at start-up: a bot with nothing that can stall writes nothing. The digest timer is named after its week, so
/// every instance setting it sets it once; each instance remembers the week it set, so this costs a request a week.
/// </para>
/// </summary>
public sealed class StalledWorkDigestIndexing(ITimerScheduler inner, StalledWorkDigestIndex index, StalledWorkDigestSchedule schedule,
    ReferralStore referrals, TimeProvider time, ILogger<StalledWorkDigestIndexing> logger) : ITimerScheduler
{
    private long digestSetUntil; // UTC ticks of the digest this instance last set


    public async Task<bool> ScheduleAsync(TimerRequest request, CancellationToken cancellationToken)
    {
        var set = await inner.ScheduleAsync(request, cancellationToken);
        try
        {
            if (await NoteAsync(request, cancellationToken))
                await EnsureDigestAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.StalledWorkIndexFailed(logger, request.Id, request.Kind, ex.GetType().Name);
        }
        return set;
    }

    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken) => inner.CancelAsync(id, cancellationToken);

    private async Task EnsureDigestAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now.UtcTicks < Interlocked.Read(ref digestSetUntil)) return;
        var (at, _) = schedule.NextAfter(now);
        await schedule.ScheduleNextAsync(inner, now, cancellationToken);
        Interlocked.Exchange(ref digestSetUntil, at.UtcTicks);
    }

    /// <summary>True when the timer is for an item that can stall, now noted.</summary>
    private async Task<bool> NoteAsync(TimerRequest request, CancellationToken cancellationToken)
    {
        if (request.Payload is null) return false;
        var fired = new TimerFired(request.Id, request.Kind, request.DueAt, request.Payload, 0, request.DueAt);
        if (request.Kind == ReferralReminderDue.Kind)
        {
            var reminder = fired.PayloadAs<ReferralReminder>();
            if (await referrals.FindAsync(reminder.CaseRef, reminder.ReferralId, cancellationToken) is not { } referral) return false;
            await index.AddItemAsync(referral.CaseRef, new StalledItemRef(StalledItemKind.Referral, referral.Id), cancellationToken);
            if (referral.Desk.ChannelId.Length > 0)
                await index.LinkDeskAsync(referral.Desk.ChannelId, referral.CaseRef, cancellationToken);
        }
        else if (request.Kind == EscalationStageDue.Kind)
        {
            var stage = fired.PayloadAs<StageTimer>();
            await index.AddItemAsync(stage.CaseRef, new StalledItemRef(StalledItemKind.Escalation, stage.EscalationId), cancellationToken);
        }
        else if (request.Kind == ReviewDue.Kind)
        {
            var review = fired.PayloadAs<ReviewTimer>();
            await index.AddItemAsync(review.CaseRef, new StalledItemRef(StalledItemKind.ConcernReview,
                review.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), review.ReviewBy), cancellationToken);
        }
        else
        {
            return false;
        }
        return true;
    }
}
