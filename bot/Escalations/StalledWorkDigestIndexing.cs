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
/// </summary>
public sealed class StalledWorkDigestIndexing(ITimerScheduler inner, StalledWorkDigestIndex index, ReferralStore referrals,
    ILogger<StalledWorkDigestIndexing> logger) : ITimerScheduler
{
    public async Task<bool> ScheduleAsync(TimerRequest request, CancellationToken cancellationToken)
    {
        var set = await inner.ScheduleAsync(request, cancellationToken);
        try
        {
            await NoteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.StalledWorkIndexFailed(logger, request.Id, request.Kind, ex.GetType().Name);
        }
        return set;
    }

    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken) => inner.CancelAsync(id, cancellationToken);

    private async Task NoteAsync(TimerRequest request, CancellationToken cancellationToken)
    {
        if (request.Payload is null) return;
        var fired = new TimerFired(request.Id, request.Kind, request.DueAt, request.Payload, 0, request.DueAt);
        if (request.Kind == ReferralReminderDue.Kind)
        {
            var reminder = fired.PayloadAs<ReferralReminder>();
            if (await referrals.FindAsync(reminder.CaseRef, reminder.ReferralId, cancellationToken) is not { } referral) return;
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
    }
}
