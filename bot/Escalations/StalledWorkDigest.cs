using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Escalations;

/// <summary>One line of a desk's digest: the case reference and initials, what is stalled, and since when.</summary>
public sealed record StalledWorkLine(string CaseRef, string Initials, string What, DateTimeOffset Since);

/// <summary>
/// What is stalled for one agency desk, oldest first, read from the cases linked to it (<see cref="StalledWorkDigestIndex"/>):
/// referrals it holds that are not acknowledged or decided in time, requests for an update it has not answered,
/// escalations awaiting its agency, and early concerns of its cases whose review is overdue. Items found closed are
/// removed from the index on the way, so the next digest reads less.
/// </summary>
public sealed class StalledWorkDigest(StalledWorkDigestIndex index, CaseStore cases, ReferralStore referrals, EscalationStore escalations,
    EscalationPolicy policy, ChronologyStore chronology, TimeProvider time)
{
    // A review is looked for among the entries after the concern, this many at most (a review comes within weeks).
    private const int MaxEntriesScanned = 500;

    public async Task<IReadOnlyList<StalledWorkLine>> ForDeskAsync(ChannelLink desk, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lines = new List<StalledWorkLine>();
        foreach (var caseRef in await index.CasesOfDeskAsync(desk.Channel.ChannelId, cancellationToken))
        {
            if (await cases.FindCaseAsync(caseRef, cancellationToken) is not { } file) continue;
            var closed = new List<StalledItemRef>();
            foreach (var item in await index.ItemsAsync(caseRef, cancellationToken))
            {
                var (open, stalled) = item.Kind switch
                {
                    StalledItemKind.Referral => await ReferralAsync(caseRef, item.Id, desk, now, cancellationToken),
                    StalledItemKind.Escalation => await EscalationAsync(caseRef, item.Id, desk, cancellationToken),
                    _ => await ReviewAsync(caseRef, item, now, cancellationToken),
                };
                if (!open) closed.Add(item);
                lines.AddRange(stalled.Select(s => new StalledWorkLine(file.CaseRef, file.Initials, s.What, s.Since)));
            }
            await index.RemoveItemsAsync(caseRef, closed, cancellationToken);
        }
        return [.. lines.OrderBy(l => l.Since).ThenBy(l => l.CaseRef, StringComparer.Ordinal)];
    }

    /// <summary>The desk kind that answers for an agency.</summary>
    public static DeskKind DeskFor(Agency agency) => agency switch
    {
        Agency.Csc => DeskKind.CscFrontDoor,
        Agency.School => DeskKind.SchoolSafeguarding,
        _ => DeskKind.OtherAgency,
    };

    private async Task<(bool Open, IReadOnlyList<(string What, DateTimeOffset Since)>)> ReferralAsync(string caseRef, string id,
        ChannelLink desk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await referrals.FindAsync(caseRef, id, cancellationToken) is not { } referral) return (false, []);
        var open = referral.Status != ReferralStatus.Decided || referral.OpenRequest is not null;
        if (referral.Desk.ChannelId != desk.Channel.ChannelId) return (open, []);
        var stalled = new List<(string, DateTimeOffset)>();
        if (referral.Status == ReferralStatus.Submitted && referral.AcknowledgeDue < now)
            stalled.Add(($"Referral not acknowledged: due {DisplayTime.Format(referral.AcknowledgeDue)}", referral.AcknowledgeDue));
        else if (referral.Status != ReferralStatus.Decided && referral.DecisionDue < now)
            stalled.Add(($"Referral decision overdue: due {DisplayTime.Format(referral.DecisionDue)}", referral.DecisionDue));
        foreach (var request in referral.StatusRequests.Where(r => r.AnsweredAt is null))
            stalled.Add(($"Request for an update unanswered: asked {DisplayTime.Format(request.AskedAt)}", request.AskedAt));
        return (open, stalled);
    }

    private async Task<(bool Open, IReadOnlyList<(string What, DateTimeOffset Since)>)> EscalationAsync(string caseRef, string id,
        ChannelLink desk, CancellationToken cancellationToken)
    {
        var escalation = await escalations.FindAsync(caseRef, id, cancellationToken);
        if (escalation is null || escalation.Status == EscalationStatus.Resolved) return (false, []);
        if (escalation.Status != EscalationStatus.AwaitingOwner || policy.Stage(escalation.Stage) is not { } stage
            || DeskFor(stage.OwnerAgency) != desk.Desk)
            return (true, []);
        // An escalation of a referral's decision belongs to the desk that holds that referral, not to every CSC desk.
        if (escalation.ReferralId.Length > 0
            && await referrals.FindAsync(caseRef, escalation.ReferralId, cancellationToken) is { } referral
            && referral.Desk.ChannelId != desk.Channel.ChannelId)
            return (true, []);
        return (true, [($"Escalation at stage {stage.Number} awaiting the {EscalationVocabulary.Owner(stage)}: due {DisplayTime.Format(escalation.DueAt)}",
            escalation.StageStartedAt)]);
    }

    private async Task<(bool Open, IReadOnlyList<(string What, DateTimeOffset Since)>)> ReviewAsync(string caseRef, StalledItemRef item,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!long.TryParse(item.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            || await chronology.ReadAsync(caseRef, sequence, cancellationToken) is null
            || await ReviewedAsync(caseRef, sequence, cancellationToken))
            return (false, []);
        return item.DueBy is { } due && due < now
            ? (true, [($"Review of early concern #{sequence} overdue: due {DisplayTime.Format(due)}", due)])
            : (true, []);
    }

    private async Task<bool> ReviewedAsync(string caseRef, long sequence, CancellationToken cancellationToken)
    {
        var last = Math.Min(await chronology.LastSequenceAsync(caseRef, cancellationToken), sequence + MaxEntriesScanned);
        if (last <= sequence) return false;
        var later = await chronology.ReadManyAsync(caseRef, Enumerable.Range(1, (int)(last - sequence)).Select(i => sequence + i), cancellationToken);
        return later.Any(e => e?.Body is ReviewBody review && review.Reviews == sequence);
    }
}
