using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// An early concern's review date has come: the review prompt goes to the case channel, naming the entry and its
/// category only. A case or entry that is gone (the case was unlinked) costs nothing.
/// </summary>
public sealed class ReviewDue(CaseStore cases, ChronologyStore chronology, CaseChannelPoster poster, ILogger<ReviewDue> logger) : ITimerHandler
{
    public static string Kind => "concern.reviewDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var review = timer.PayloadAs<ReviewTimer>();
        var file = await cases.FindCaseAsync(review.CaseRef, cancellationToken);
        var entry = file is null ? null : await chronology.ReadAsync(review.CaseRef, review.Sequence, cancellationToken);
        if (file is null || entry is null) return;

        await poster.PostCardAsync(file, "concerns/review-prompt", ReviewPromptCard.From(file, entry, review.ReviewBy), cancellationToken);
        Log.ReviewPrompted(logger, review.CaseRef, review.Sequence);
    }
}
