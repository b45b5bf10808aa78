using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Cancels a meeting, with a reason that is required (reviews found meetings cancelled without one): the calendar
/// cancels it and tells the invitees the reason, the chronology records it, and the card offers the escalation.
/// </summary>
public sealed class CancelConference(ConferenceAccess access, ConferenceStore store, ConferenceCardBuilder build, IMeetingCalendar calendar,
    ConferenceChronology chronology, AuditLog audit, TimeProvider clock, ILogger<CancelConference> logger) : IVerbHandler<ConferenceActionData>
{
    public static string Verb => "conference.cancel";

    public const int MaxReasonLength = 1000;

    public const string ReasonRequired =
        "Write why the meeting is cancelled: a reason is required, it goes to every invitee, and it is kept in the chronology. Nothing was cancelled.";

    public async Task<TurnReply> HandleAsync(Turn turn, ConferenceActionData data, CancellationToken cancellationToken)
    {
        var (grant, conference) = await access.RequireAsync(data.CaseRef, data.ConferenceId, turn, Verb, arrange: true, cancellationToken);
        var reason = (data.Reason ?? "").Trim();
        if (reason.Length == 0)
            return TurnReply.Problem(ReasonRequired);
        if (reason.Length > MaxReasonLength)
            return TurnReply.Problem($"The reason can be up to {MaxReasonLength} characters. Nothing was cancelled.");
        if (conference.Status == ConferenceStatus.Cancelled)
            return TurnReply.Card("conferences/conference", build.Card(conference), shared: true);

        if (conference.Meeting is { } meeting)
        {
            try
            {
                await calendar.CancelMeetingAsync(meeting.OrganiserMailbox, meeting.EventId, reason, cancellationToken);
            }
            catch (MeetingCalendarException ex)
            {
                Log.CalendarFailed(logger, conference.CaseRef, conference.Id, "cancel", ex.StatusCode ?? 0, ex.IsTransient);
                return TurnReply.Problem(FindSlots.CalendarProblem(ex, "cancel the meeting"));
            }
        }

        var now = clock.GetUtcNow();
        var by = ConferenceRequests.Person(grant);
        var mine = false;
        var cancelled = await store.UpdateAsync(conference.CaseRef, conference.Id, c =>
        {
            mine = c.Status != ConferenceStatus.Cancelled;
            return mine ? c with { Status = ConferenceStatus.Cancelled, PendingSlot = "", Cancellation = new ConferenceCancellation(now, by, reason) } : c;
        }, cancellationToken);
        if (mine)
        {
            Log.Changed(logger, cancelled.CaseRef, cancelled.Id, cancelled.Type, "cancelled");
            await audit.RecordAsync(cancelled.CaseRef, Verb, turn, "cancelled", cancellationToken);
            await chronology.RecordAsync(cancelled, "cancelled", $"Cancelled by {by.Name}. Reason: {reason}", by, now, "cancelled", cancellationToken);
        }
        return TurnReply.Card("conferences/conference", build.Card(cancelled), shared: true);
    }
}
