using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// An early concern waits for its review by its date, in the list of the person who raised it, read from the case's
/// early-concern index (never the chronology). Opens the review card, which may be answered from the personal chat.
/// </summary>
public sealed class ReviewWork(IDocumentStore store, ChronologyStore chronology) : IWorkSource
{
    public string Name => "review";

    public async Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CaseFile file, CancellationToken cancellationToken) =>
        [.. ((await store.ReadAsync<EarlyConcerns>(EarlyConcernFollowUp.IndexKey(file.CaseRef), cancellationToken))?.Value.Concerns ?? [])
            .Where(c => !c.Reviewed && c.ReviewBy is not null && c.RaisedBy is { Length: > 0 })
            .Select(c => new WorkItem(Name, c.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Review your early concern, entry #{c.Sequence}", c.ReviewBy!.Value, WorkOwner.Person(c.RaisedBy!)))];

    public async Task<TurnReply> OpenAsync(CaseAccessGrant grant, WorkItem item, CancellationToken cancellationToken) =>
        long.TryParse(item.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
        && await chronology.ReadAsync(grant.Case.CaseRef, sequence, cancellationToken) is { } entry
            ? TurnReply.Card("concerns/review-prompt", ReviewPromptCard.From(grant.Case, entry, item.DueAt))
            : TurnReply.Problem("That concern could not be found.");
}
