using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Inputs of the referral form.</summary>
public sealed record SubmitReferralData(string? CaseRef, string? ReferralId, string? WhatHappened, string? ChildsWords,
    string? Fears, string? HelpAsked, string? Consent, string? ConsentNote, string? Desk, string? AcceptFlags = null,
    string? Concerns = null);

/// <summary>
/// Sends the referral: stores it, opens its thread in the CSC front-door channel, and turns the form into the school's
/// status card. The form's referral id makes a second click find the first referral instead of making another; a
/// referral whose desk thread could not be opened is sent again by the next click.
/// </summary>
public sealed class SubmitReferral(CaseStore cases, ReferralFormAccess formAccess, AuditLog audit, ReferralStore referrals, Concerns.PlainLanguageCheck plainLanguage,
    ReferralPublisher publisher, ReferralCardBuilder build, IReferralDeadlines deadlines, IReferralEvents events, IReferralReminders reminders,
    IOptions<ReferralOptions> options, TimeProvider clock, ILogger<SubmitReferral> logger) : IVerbHandler<SubmitReferralData>
{
    public static string Verb => "referral.submit";

    public async Task<TurnReply> HandleAsync(Turn turn, SubmitReferralData data, CancellationToken cancellationToken)
    {
        var (grant, refusal) = await formAccess.RequireReferrerAsync(turn, data.CaseRef, data.ReferralId, Verb, cancellationToken);
        if (grant is null) return refusal!;
        var file = grant.Case;
        if (ReferralRules.SubmissionProblem(data, out var consent) is { } problem)
            return TurnReply.Problem(problem);
        // Jargon and vague words hide what the child lives through; the referrer may still send as written.
        // The child's own words are quoted as said and never checked.
        var flags = plainLanguage.Check(data.WhatHappened, data.Fears, data.HelpAsked, data.ConsentNote);
        if (flags.Count > 0 && data.AcceptFlags != "true")
            return TurnReply.Problem(ReferralRules.PlainLanguageProblem(flags));
        var desk = data.Desk is { } deskId ? await cases.FindChannelAsync(deskId, cancellationToken) : null;
        if (desk is not { Kind: ChannelKind.Desk, Desk: DeskKind.CscFrontDoor })
            return TurnReply.Problem("Choose one of the children's social care front doors offered on the form.");

        var referral = NewReferral(turn, file, data, consent, desk);
        var created = await referrals.TryCreateAsync(referral, cancellationToken);
        if (!created)
            referral = (await referrals.FindAsync(file.CaseRef, referral.Id, cancellationToken))!;
        else
        {
            Log.Changed(logger, turn.CorrelationId, file.CaseRef, referral.Id, "submitted");
            await audit.RecordAsync(file.CaseRef, Verb, turn, "submitted", cancellationToken);
            await events.RecordAsync(new ReferralEvent("referral.submitted", referral, referral.History[^1]), cancellationToken);
            await reminders.RemindAsync(new ReferralReminder(referral.CaseRef, referral.Id, "acknowledge", "", referral.AcknowledgeDue), cancellationToken);
            await reminders.RemindAsync(new ReferralReminder(referral.CaseRef, referral.Id, "decide", "", referral.DecisionDue), cancellationToken);
        }

        if (referral.Cards.DeskConversationId.Length == 0 && (created || await TryClaimResendAsync(referral, cancellationToken)))
        {
            try
            {
                var (conversationId, activityId) = await publisher.OpenDeskThreadAsync(referral, cancellationToken);
                referral = await referrals.AmendAsync(file.CaseRef, referral.Id, r => r with
                {
                    Cards = r.Cards with { DeskConversationId = conversationId, DeskActivityId = activityId },
                }, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                Log.DeskPostFailed(logger, turn.CorrelationId, file.CaseRef, referral.Id, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
                await referrals.AmendAsync(file.CaseRef, referral.Id, r => r with { Cards = r.Cards with { DeskPostFailed = true } }, cancellationToken);
                return TurnReply.Problem("The referral is saved, but it could not be posted to the front door's channel yet. Press 'Send the referral' again in a minute.");
            }
        }

        // The form becomes the school's living status card: its later changes are updates of this message.
        if (referral.Cards.SchoolActivityId.Length == 0 && turn.Activity.ReplyToId is { Length: > 0 } cardId)
            referral = await referrals.AmendAsync(file.CaseRef, referral.Id, r => r with
            {
                Cards = r.Cards with { SchoolConversationId = turn.ConversationId, SchoolActivityId = cardId, SchoolServiceUrl = turn.ServiceUrl },
            }, cancellationToken);
        return TurnReply.Card("referrals/status", build.Status(referral), shared: true);
    }

    /// <summary>
    /// A second click sends the referral again only after the first attempt failed (or never finished), and only one
    /// click wins that claim: a double click must not open two threads at the desk.
    /// </summary>
    private async Task<bool> TryClaimResendAsync(Referral referral, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        bool Claimable(ReferralCardIds cards) => cards.DeskConversationId.Length == 0
            && (cards.DeskPostFailed || cards.DeskPostClaimedAt is not { } claimed || now - claimed > AbandonedAfter);
        if (!Claimable(referral.Cards)) return false;
        try
        {
            await referrals.AmendAsync(referral.CaseRef, referral.Id, r => Claimable(r.Cards)
                ? r with { Cards = r.Cards with { DeskPostFailed = false, DeskPostClaimedAt = now } }
                : throw new ReferralChangedException(r), cancellationToken);
            return true;
        }
        catch (ReferralChangedException)
        {
            return false;
        }
    }

    /// <summary>The chronology entries the referral was filled from, so the decision can be read beside them.</summary>
    private static string BuiltFrom(string? concerns) =>
        ReferralRules.ChosenConcerns(concerns) is { Count: > 0 } chosen
            ? "; built from chronology entries " + string.Join(", ", chosen.Order().Select(s => "#" + s))
            : "";

    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    private Referral NewReferral(Turn turn, CaseFile file, SubmitReferralData data, ParentalConsent consent, ChannelLink desk)
    {
        var now = clock.GetUtcNow();
        var referrer = ReferralPersons.From(turn.User!);
        var settings = options.Value;
        var content = new ReferralContent(ReferralRules.Clean(data.WhatHappened), ReferralRules.Clean(data.ChildsWords),
            ReferralRules.Clean(data.Fears), ReferralRules.Clean(data.HelpAsked), consent, ReferralRules.Clean(data.ConsentNote));
        return new Referral(data.ReferralId!, file.CaseRef, file.Initials, 1, ReferralStatus.Submitted, content, referrer, now,
            new DeskRef(desk.Channel.ChannelId, desk.DeskName ?? "", desk.Channel.ServiceUrl),
            ReferralCardIds.None with { DeskPostClaimedAt = now },
            deadlines.DueBy(now, settings.AcknowledgeWithinWorkingDays),
            deadlines.DueBy(now, settings.DecideWithinWorkingDays),
            Holder: null, AcknowledgedBy: null, AcknowledgedAt: null, Decision: null, Challenge: null,
            StatusRequests: [], History: [new ReferralHistoryEntry(now, "submitted", referrer, "Sent to " + desk.DeskName + BuiltFrom(data.Concerns))]);
    }
}
