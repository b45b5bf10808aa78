using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Data of the school card's "Ask for an update".</summary>
public sealed record AskForUpdateData(string? CaseRef, string? ReferralId);

/// <summary>
/// The school asks CSC where the referral stands: a status-request card goes into the referral's thread in the
/// front-door channel, naming who holds it. One open request at a time, so repeated clicks do not pile up posts.
/// </summary>
public sealed class AskForUpdate(CaseAccess access, ReferralStore referrals, ReferralPublisher publisher, ReferralCardBuilder build,
    AuditLog audit, IReferralEvents events, IReferralReminders reminders, IReferralDeadlines deadlines, IOptions<ReferralOptions> options, TimeProvider clock, ILogger<AskForUpdate> logger) : IVerbHandler<AskForUpdateData>
{
    public static string Verb => "referral.askUpdate";

    public async Task<TurnReply> HandleAsync(Turn turn, AskForUpdateData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        var referral = data.ReferralId is { } id ? await referrals.FindAsync(grant.Case.CaseRef, id, cancellationToken) : null;
        if (referral is null)
            return TurnReply.Problem("That referral could not be found in this case.");
        var (current, problem) = await AskAsync(turn, grant, referral, cancellationToken);
        return problem is null
            ? TurnReply.Card("referrals/status", build.Status(current))
            : TurnReply.Card("referrals/status", build.Status(current, problem));
    }

    /// <summary>Posts the request unless one is open; returns the referral now and any problem.</summary>
    public async Task<(Referral Referral, string? Problem)> AskAsync(Turn turn, CaseAccessGrant grant, Referral referral, CancellationToken cancellationToken)
    {
        if (referral.OpenRequest is { } open)
            return (referral, $"An update was already asked for on {Common.DisplayTime.Format(open.AskedAt)}. The answer will show on this card.");
        if (referral.Cards.DeskConversationId.Length == 0)
            return (referral, "The referral has not reached the front door's channel yet. Press 'Send the referral' on its card again.");

        var now = clock.GetUtcNow();
        var requestId = (referral.StatusRequests.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new StatusRequest(requestId, ReferralPersons.From(grant.User), now, "", "", null, null);
        try
        {
            referral = await referrals.AmendAsync(referral.CaseRef, referral.Id, r => r.StatusRequests.Any(q => q.Id == requestId || q.AnsweredAt is null)
                ? throw new ReferralChangedException(r)
                : r with
                {
                    StatusRequests = [.. r.StatusRequests, request],
                    History = [.. r.History, ReferralChanges.Entry(now, "update-asked", grant.User, "Asked CSC for an update")],
                }, cancellationToken);
        }
        catch (ReferralChangedException stale)
        {
            return (stale.Current, "Someone asked for an update at the same moment. The answer will show on this card.");
        }

        string cardId;
        try
        {
            cardId = await publisher.PostStatusRequestAsync(referral, request, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.DeskPostFailed(logger, turn.CorrelationId, referral.CaseRef, referral.Id, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
            referral = await referrals.AmendAsync(referral.CaseRef, referral.Id, r => r with
            {
                StatusRequests = [.. r.StatusRequests.Where(q => q.Id != requestId)],
                History = [.. r.History, ReferralChanges.Entry(clock.GetUtcNow(), "update-ask-failed", grant.User, "The request could not be posted to the front door")],
            }, cancellationToken);
            return (referral, "The request could not be posted to the front door's channel. Please try again in a minute.");
        }

        referral = await referrals.AmendAsync(referral.CaseRef, referral.Id, r => r with
        {
            StatusRequests = [.. r.StatusRequests.Select(q => q.Id == requestId ? q with { CardActivityId = cardId } : q)],
        }, cancellationToken);
        Log.Changed(logger, turn.CorrelationId, referral.CaseRef, referral.Id, "update-asked");
        await audit.RecordAsync(referral.CaseRef, Verb, turn, "update-asked", cancellationToken);
        await events.RecordAsync(new ReferralEvent("referral.update-asked", referral, referral.History.Last(h => h.Event == "update-asked")), cancellationToken);
        await reminders.RemindAsync(new ReferralReminder(referral.CaseRef, referral.Id, "answer-request", requestId,
            deadlines.DueBy(now, options.Value.AnswerRequestWithinWorkingDays)), cancellationToken);
        await publisher.UpdateSchoolCardAsync(referral, cancellationToken);
        return (referral, null);
    }
}
