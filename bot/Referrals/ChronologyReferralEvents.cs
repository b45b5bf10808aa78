using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Every step of a referral becomes an entry of the case's shared chronology, so that each agency sees the
/// referral, the decision and its reason beside the concerns that led to it. A decision also asks the case's
/// professionals to record what they have observed since the referral: a decision is a point at which what each agency
/// knows should be on the record, not only in people's heads.
/// </summary>
public sealed class ChronologyReferralEvents(ChronologyStore chronology, CaseStore cases, Concerns.CaseChannelPoster poster,
    ILogger<ChronologyReferralEvents> logger) : IReferralEvents
{
    public async Task RecordAsync(ReferralEvent change, CancellationToken cancellationToken)
    {
        var (name, referral, step) = (change.Event, change.Referral, change.Entry);
        var entry = new NewChronologyEntry(
            name == "referral.decided" ? EntryKind.Decision : EntryKind.Referral,
            step.At,
            new EntryAuthor(step.By.UserKey, step.By.Name, AgencyOf(name)),
            Category: null,
            // What a referral says about the family is CSC's to share with them, not the bot's.
            FamilyVisibility.ProfessionalsOnly("Referral records are shared with the family by children's social care."),
            Corrects: null,
            // The same step told twice (a retried turn) is one entry.
            IdempotencyKey: $"{referral.Id}:{name}:{step.At.UtcTicks}",
            new ReferralBody(referral.Id, StepTitle(name), step.Detail));
        AppendResult appended;
        try
        {
            appended = await chronology.AppendAsync(referral.CaseRef, entry, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The referral change is stored and its own history has the step; the chronology entry is a copy.
            Log.ChronologyEntryFailed(logger, referral.CaseRef, name, ex.GetType().Name);
            return;
        }
        // Asked once: a retried turn finds the entry there and does not post again.
        if (name == "referral.decided" && appended.Created) await PromptToRecordAsync(referral, appended.Entry, cancellationToken);
    }

    private async Task PromptToRecordAsync(Referral referral, ChronologyEntry entry, CancellationToken cancellationToken)
    {
        if (await cases.FindCaseAsync(referral.CaseRef, cancellationToken) is not { } file) return;
        try
        {
            await poster.PostCardAsync(file, "common/notice", new Common.NoticeCard(
                $"{file.CaseRef} ({file.Initials}): record what you have observed",
                $"Children's social care has decided on the referral (entry {entry.Sequence}). Anyone in the case who has seen or heard "
                + "something since the referral was made: type 'concern' to record it, in plain words, so the decision and "
                + "what happens next rest on everything the agencies know."), cancellationToken);
        }
        catch (Protocol.Connector.ConnectorException ex)
        {
            Log.RecordPromptFailed(logger, referral.CaseRef, ex.StatusCode ?? 0);
        }
    }

    private static Agency AgencyOf(string eventName) => eventName switch
    {
        "referral.acknowledged" or "referral.decided" or "referral.update-answered" => Agency.Csc,
        _ => Agency.School,
    };

    private static string StepTitle(string eventName) => eventName switch
    {
        "referral.submitted" => "Referred to children's social care",
        "referral.acknowledged" => "Referral acknowledged by children's social care",
        "referral.decided" => "Children's social care decided",
        "referral.update-asked" => "School asked for an update",
        "referral.update-answered" => "Children's social care answered a request for an update",
        "referral.challenged" => "School challenged the decision",
        _ => "Referral",
    };
}
