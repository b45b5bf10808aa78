using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.MyWork;

/// <summary>One line of a person's work: the case (reference and initials) and the item.</summary>
public sealed record MyWorkLine(string CaseRef, string Initials, WorkItem Item);

/// <summary>
/// Everything waiting for one person across their cases, most urgent first. The cases come from the person's own index
/// (<see cref="UserCases"/>), each checked as a personal-chat action would be (role held, still in the channel), so a
/// person removed from a case stops seeing it at once; the items come from each case's derived list
/// (<see cref="CaseWorkView"/>), one read per case.
/// </summary>
public sealed class MyWorkBuilder(UserCases userCases, CaseStore cases, CaseAccess access, CaseWorkView work, WorkingDayCalendar calendar,
    TimeProvider clock)
{
    // Enough to overlap the reads of a person's cases without one person's list crowding out everyone else's turns.
    private const int ParallelCases = 16;

    public async Task<IReadOnlyList<MyWorkLine>> ForPersonAsync(BotUser user, CancellationToken cancellationToken)
    {
        var mine = await userCases.ListAsync(user.Key, cancellationToken);
        var lines = new List<MyWorkLine>[mine.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, mine.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelCases, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                lines[i] = await cases.FindCaseAsync(mine[i].CaseRef, ct) is { } file
                    && await access.PersonalGrantAsync(file, user, ct) is { } grant
                    ? await ForCaseAsync(grant, ct)
                    : [];
            });
        return Ordered(lines.SelectMany(l => l));
    }

    /// <summary>The items of one case waiting for the person the grant is for.</summary>
    public async Task<List<MyWorkLine>> ForCaseAsync(CaseAccessGrant grant, CancellationToken cancellationToken)
    {
        if (grant.Member is not { } member) return [];
        var items = (await work.GetAsync(grant.Case, cancellationToken)).Items;
        var now = clock.GetUtcNow();
        return [.. items.Where(i => i.Owner.Includes(member) && !(i.Until <= now)).Select(i => new MyWorkLine(grant.Case.CaseRef, grant.Case.Initials, i))];
    }

    /// <summary>Due today or overdue (by the calendar's local day): what a morning digest speaks of.</summary>
    public bool IsDueByToday(WorkItem item) => calendar.LocalDay(item.DueAt) <= calendar.Today;

    public static IReadOnlyList<MyWorkLine> Ordered(IEnumerable<MyWorkLine> lines) =>
        [.. lines.OrderBy(l => l.Item.DueAt).ThenBy(l => l.CaseRef, StringComparer.Ordinal).ThenBy(l => l.Item.Id, StringComparer.Ordinal)];
}
