using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Summary;

/// <summary>Reads what the summary shows from the stores that own it: nothing is copied into a summary document.</summary>
public sealed class CaseSummaryBuilder(ReferralStore referrals, EscalationStore escalations, ChronologyStore chronology,
    WorkingDayCalendar calendar, IEnumerable<INextMeeting> meetings, Plans.PlanStore plans, Plans.PlanCardBuilder plan, TimeProvider clock)
{
    public const int LatestEntryCount = 3;

    public async Task<CaseSummaryCard> BuildAsync(CaseFile file, CancellationToken cancellationToken)
    {
        var referralTask = referrals.LatestAsync(file.CaseRef, cancellationToken);
        var escalationsTask = escalations.ListAsync(file.CaseRef, cancellationToken);
        var latestTask = LatestEntriesAsync(file.CaseRef, cancellationToken);
        var meetingTask = NextMeetingAsync(file, cancellationToken);
        var planTask = plans.FindAsync(file.CaseRef, cancellationToken);
        await Task.WhenAll(referralTask, escalationsTask, latestTask, meetingTask, planTask);

        var (referral, next) = Describe(await referralTask);
        var open = (await escalationsTask).Where(e => e.Status != EscalationStatus.Resolved)
            .Select(e => new SummaryLine($"Stage {e.Stage}: {EscalationVocabulary.Title(e.About)}",
                $"{EscalationVocabulary.Status(e.Status)}; due {calendar.Describe(e.DueAt)}; raised by {e.Raiser.Name}")).ToArray();
        var latest = await latestTask;
        var roles = file.Members.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new SummaryLine(m.Name, $"{CaseVocabulary.Title(m.Role)} ({CaseVocabulary.Title(m.Agency)})")).ToArray();
        return new CaseSummaryCard(file.CaseRef, file.Initials, referral, next, open.Length > 0, open,
            await meetingTask, plan.Summary(await planTask) + " Type 'plan' to see it.", latest.Count > 0, latest, roles,
            file.SiblingCases.Count == 0 ? "" : "Linked sibling cases: " + string.Join(", ", file.SiblingCases),
            DisplayTime.Format(clock.GetUtcNow()));
    }

    private (string Status, string Next) Describe(Referral? referral)
    {
        if (referral is null) return ("No referral has been made through the bot.", "");
        var sent = $"sent {DisplayTime.Format(referral.SubmittedAt)} to {referral.Desk.DeskName}";
        if (referral.Decision is { } decision)
            return ($"Decided: {ReferralVocabulary.Title(decision.Outcome)} ({sent}; decided by {decision.DecidedBy.Name})",
                referral.Challenge is null ? "" : "The school has challenged this decision.");
        var holder = referral.Holder is { } h ? $", held by {h.Name}" : "";
        return ($"{ReferralVocabulary.Title(referral)} ({sent}{holder})",
            referral.NextStep is { } step ? $"Next: {step.Step}, due {calendar.Describe(step.Due)}" : "");
    }

    private async Task<IReadOnlyList<SummaryLine>> LatestEntriesAsync(string caseRef, CancellationToken cancellationToken) =>
        [.. (await chronology.LatestAsync(caseRef, LatestEntryCount, cancellationToken))
            .Select(e => new SummaryLine($"#{e.Sequence} · {ChronologyVocabulary.Title(e.Kind)}"
                + (e.Category is { } c ? $" · {ChronologyVocabulary.Title(c)}" : ""),
                $"{DisplayTime.Format(e.OccurredAt)}, {CaseVocabulary.Title(e.Author.Agency)}"))];

    private async Task<string> NextMeetingAsync(CaseFile file, CancellationToken cancellationToken)
    {
        foreach (var meeting in meetings)
            if (await meeting.DescribeNextAsync(file, cancellationToken) is { Length: > 0 } line) return line;
        return "No meeting is booked through the bot.";
    }
}

/// <summary>
/// The next meeting of a case in one line ("Initial child protection conference, Thu 10 Dec, 10:00"), or null when
/// none is booked. The conference work implements it; without it the summary says no meeting is booked.
/// </summary>
public interface INextMeeting
{
    Task<string?> DescribeNextAsync(CaseFile file, CancellationToken cancellationToken);
}
