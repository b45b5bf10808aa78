using CaseCoordinatorBot.Common;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Turns a stored referral into the data of its cards, as of now (so "overdue" is shown once it is).</summary>
public sealed class ReferralCardBuilder(TimeProvider clock, IOptions<ReferralOptions> options)
{
    public ReferralStatusCard Status(Referral r, string problem = "")
    {
        var decision = r.Decision;
        return new ReferralStatusCard(
            r.CaseRef, r.Initials, r.Id, problem,
            ReferralVocabulary.Title(r), HolderName(r), r.Desk.DeskName, DisplayTime.Format(r.SubmittedAt), r.Referrer.Name,
            NextStep(r), IsOverdue(r),
            decision is not null, decision is null ? "" : ReferralVocabulary.Title(decision.Outcome),
            decision?.Reason ?? "", decision?.Advice ?? "", decision?.DecidedBy.Name ?? "",
            decision is null ? "" : DisplayTime.Format(decision.DecidedAt),
            UpdateText(r), ChallengeText(r),
            CanAsk: true,
            CanChallenge: r.Status == ReferralStatus.Decided && r.Challenge is null);
    }

    public ReferralDeskCard Desk(Referral r, string problem = "", string notice = "")
    {
        var decision = r.Decision;
        var c = r.Content;
        return new ReferralDeskCard(
            r.CaseRef, r.Initials, r.Id, r.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), problem, notice,
            ReferralVocabulary.Title(r), HolderName(r), r.Referrer.Name, DisplayTime.Format(r.SubmittedAt), NextStep(r), IsOverdue(r),
            c.WhatHappened, c.ChildsWords, c.Fears, c.HelpAsked, ReferralVocabulary.Title(c.Consent), c.ConsentNote,
            decision is not null, decision is null ? "" : ReferralVocabulary.Title(decision.Outcome),
            decision?.Reason ?? "", decision?.Advice ?? "", decision?.DecidedBy.Name ?? "",
            decision is null ? "" : DisplayTime.Format(decision.DecidedAt),
            r.Challenge is not null, ChallengeText(r),
            CanAcknowledge: r.Status == ReferralStatus.Submitted,
            CanDecide: r.Status != ReferralStatus.Decided,
            ReferralVocabulary.Outcomes);
    }

    public StatusRequestCard Request(Referral r, StatusRequest request, string problem = "") => new(
        r.CaseRef, r.Initials, r.Id, request.Id, problem,
        request.AskedBy.Name, DisplayTime.Format(request.AskedAt),
        r.Holder is { } holder ? $"Held by {holder.Name}." : "Nobody at the front door holds it yet.",
        ReferralVocabulary.Title(r),
        request.AnsweredAt is not null, request.Answer, request.AnsweredBy?.Name ?? "",
        request.AnsweredAt is { } at ? DisplayTime.Format(at) : "",
        r.Status == ReferralStatus.Decided ? [] : ReferralVocabulary.AnswerStatuses);

    public string NextStep(Referral r)
    {
        if (r.NextStep is not { } next)
            return r.Challenge is null ? "None: the referral is decided." : "Escalation: the school's challenge is with the escalation process.";
        var days = r.Status == ReferralStatus.Submitted ? options.Value.AcknowledgeWithinWorkingDays : options.Value.DecideWithinWorkingDays;
        return $"{next.Step}, due by {DisplayTime.Format(next.Due)} ({days} working day{(days == 1 ? "" : "s")})";
    }

    public bool IsOverdue(Referral r) => r.NextStep is { } next && clock.GetUtcNow() > next.Due;

    private static string HolderName(Referral r) => r.Holder?.Name ?? "Not yet picked up at the front door";

    private static string UpdateText(Referral r)
    {
        if (r.OpenRequest is { } open)
            return $"{open.AskedBy.Name} asked CSC for an update on {DisplayTime.Format(open.AskedAt)}; no answer yet.";
        if (r.LastAnswered is { AnsweredBy: { } by, AnsweredAt: { } at } answered)
            return $"Update from {by.Name}, {DisplayTime.Format(at)}: {answered.Answer}";
        return "";
    }

    private static string ChallengeText(Referral r) => r.Challenge is { } c
        ? $"{c.By.Name} challenged this decision on {DisplayTime.Format(c.At)}: {c.Reason} Escalation stage 1 has been started."
        : "";
}
