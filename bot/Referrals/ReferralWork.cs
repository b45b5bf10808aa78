using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// What a referral waits for, for the CSC role holders of the case: its acknowledgement or decision by their
/// deadlines, and each request for an update the school made and nobody has answered. Opens the desk card, on which
/// a CSC worker on the case may act from their personal chat too (<see cref="CscDeskAccess"/>).
/// </summary>
public sealed class ReferralWork(ReferralStore referrals, ReferralCardBuilder build, WorkingDayCalendar calendar, IOptions<ReferralOptions> options)
    : IWorkSource
{
    private static readonly WorkOwner Csc = WorkOwner.AgencyRoles(Agency.Csc, []);

    public string Name => "referral";

    public async Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CaseFile file, CancellationToken cancellationToken)
    {
        if (await referrals.LatestAsync(file.CaseRef, cancellationToken) is not { } referral) return [];
        var items = new List<WorkItem>();
        if (referral.NextStep is { } next)
            items.Add(new WorkItem(Name, referral.Id, "Referral: " + next.Step, next.Due, Csc));
        items.AddRange(referral.StatusRequests.Where(r => r.AnsweredAt is null).Select(r => new WorkItem(Name, $"{referral.Id}.{r.Id}",
            "Referral: answer the school's request for an update",
            calendar.DeadlineAfter(r.AskedAt, options.Value.AnswerRequestWithinWorkingDays), Csc)));
        return items;
    }

    public async Task<TurnReply> OpenAsync(CaseAccessGrant grant, WorkItem item, CancellationToken cancellationToken)
    {
        var referral = await referrals.FindAsync(grant.Case.CaseRef, item.Id.Split('.')[0], cancellationToken);
        return referral is null
            ? TurnReply.Problem("That referral could not be found.")
            : TurnReply.Card("referrals/desk", build.Desk(referral));
    }
}
