using System.Globalization;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns;

/// <summary>Inputs of the review prompt's outcome buttons (strings, as cards send them).</summary>
public sealed record RecordReviewData(string? CaseRef, string? Sequence, string? Outcome);

/// <summary>
/// "Reviewed: no further action" or "Refer now" on a review prompt. The outcome is a chronology entry (kind
/// <see cref="EntryKind.MonitoringCheck"/>, body <see cref="ReviewBody"/>), keyed on the concern reviewed so that
/// a concern is reviewed once: a second click, by anyone, is told who reviewed it. "Refer now" then opens the
/// referral form through the <c>refer</c> command, which applies its own rules on who may refer.
/// </summary>
public sealed class RecordReview(
    CaseAccess access,
    ChronologyStore chronology,
    IDocumentStore store,
    IEnumerable<CommandRoute> commands,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<RecordReview> logger,
    CaseViewRefresher? views = null) : IVerbHandler<RecordReviewData>
{
    public static string Verb => "concern.review";

    public async Task<TurnReply> HandleAsync(Turn turn, RecordReviewData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, CaseReach.CaseChannelOrPersonalChat, cancellationToken);
        if (!long.TryParse(data.Sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || !Enum.TryParse<ReviewOutcome>(data.Outcome, ignoreCase: false, out var outcome) || !Enum.IsDefined(outcome))
            return TurnReply.Problem("This card is out of date. Nothing was recorded.");
        var file = grant.Case;
        var concern = await chronology.ReadAsync(file.CaseRef, sequence, cancellationToken);
        if (concern is not { Body: ConcernBody { Level: ConcernLevel.Early } })
            return TurnReply.Problem("That entry is not an early concern of this case. Nothing was recorded.");

        var author = new EntryAuthor(grant.User.Key, grant.User.DisplayName, grant.Member?.Agency ?? Agency.Other);
        var result = await chronology.AppendAsync(file.CaseRef, new NewChronologyEntry(
            EntryKind.MonitoringCheck, clock.GetUtcNow(), author, concern.Category, FamilyVisibility.Shareable, null,
            StorageKey.Hash($"review\n{file.CaseRef}\n{sequence}"), new ReviewBody(sequence, outcome)), cancellationToken);
        var review = (ReviewBody)result.Entry.Body;
        Log.ReviewRecorded(logger, turn.CorrelationId, file.CaseRef, sequence, result.Entry.Sequence, result.Created);
        await store.UpdateAsync<EarlyConcerns>(EarlyConcernFollowUp.IndexKey(file.CaseRef),
            current => (current ?? EarlyConcerns.Empty).WithReviewed(sequence), cancellationToken);
        views?.Enqueue(file.CaseRef);

        if (result.Created && outcome == ReviewOutcome.ReferNow
            && commands.FirstOrDefault(c => c.Command == "refer") is { } refer
            && services.GetService(refer.HandlerType) is ICommandHandler handler)
            return await handler.HandleAsync(turn, "", cancellationToken);

        var what = review.Outcome == ReviewOutcome.ReferNow ? "refer now (type 'refer' for the referral form)" : "no further action";
        var message = $"Entry #{sequence} was reviewed by {result.Entry.Author.DisplayName} ({CaseVocabulary.Title(result.Entry.Author.Agency)}) " +
            $"on {DisplayTime.Format(result.Entry.RecordedAt)}: {what}. Recorded as entry #{result.Entry.Sequence} of the chronology."
            + (result.Created ? "" : " It had already been reviewed; nothing new was recorded.");
        return TurnReply.Card("common/notice", new NoticeCard($"Review recorded for {file.CaseRef} ({file.Initials})", message), shared: true);
    }
}
