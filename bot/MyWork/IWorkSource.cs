using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.MyWork;

/// <summary>
/// A feature whose records hold things people must do by a date (a referral decision, an escalation stage, a
/// contribution before a conference). Implemented in the feature's own folder, like the summary's next meeting.
/// </summary>
public interface IWorkSource
{
    /// <summary>Names the source in stored items and in the list's buttons.</summary>
    string Name { get; }

    /// <summary>What is open in the case now, read from the feature's own records.</summary>
    Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CaseFile file, CancellationToken cancellationToken);

    /// <summary>The card on which the person acts on <paramref name="item"/>, which is still open and theirs.</summary>
    Task<TurnReply> OpenAsync(CaseAccessGrant grant, WorkItem item, CancellationToken cancellationToken);
}
