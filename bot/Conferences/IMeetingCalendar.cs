namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// The organiser's calendar as conferences need it: free/busy, a Teams meeting created once, replies read
/// back, and cancellation. Microsoft Graph implements it in production (bot/Graph); conference logic
/// depends only on this seam, so its rules can be tested without a calendar server.
/// </summary>
public interface IMeetingCalendar
{
    /// <summary>
    /// Busy intervals for each address between <paramref name="from"/> and <paramref name="to"/>, seen from
    /// the organiser's mailbox. An address whose calendar cannot be read (another tenant, no mailbox) comes
    /// back with <see cref="AttendeeAvailability.Known"/> false rather than failing the whole call.
    /// </summary>
    Task<IReadOnlyList<AttendeeAvailability>> GetAvailabilityAsync(
        string organiserMailbox, IReadOnlyList<string> addresses, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>
    /// Creates the meeting with a Teams link. The same <see cref="MeetingRequest.TransactionId"/> sent twice
    /// (a retry after a lost answer) yields the same meeting, never a second one.
    /// </summary>
    Task<CreatedMeeting> CreateMeetingAsync(MeetingRequest request, CancellationToken cancellationToken);

    /// <summary>The meeting as the calendar holds it now: each invitee's reply, and whether it was cancelled.</summary>
    Task<MeetingState> GetMeetingAsync(string organiserMailbox, string eventId, CancellationToken cancellationToken);

    /// <summary>Cancels the meeting and sends invitees the comment (a reason is required by the caller's rules).</summary>
    Task CancelMeetingAsync(string organiserMailbox, string eventId, string comment, CancellationToken cancellationToken);
}

/// <summary>When one invitee is busy. Times are UTC instants.</summary>
public sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End);

/// <summary>One invitee's busy times, or <c>Known = false</c> when their calendar could not be read.</summary>
public sealed record AttendeeAvailability(string Address, bool Known, IReadOnlyList<BusyInterval> Busy);

/// <summary>One person to invite; <c>Required</c> ones are those whose absence puts quorum or education at risk.</summary>
public sealed record MeetingInvitee(string Address, string DisplayName, bool Required);

/// <summary>
/// What to create. The subject and body are what every invitee's mailbox will show: case reference and
/// initials only, never the child's name.
/// </summary>
public sealed record MeetingRequest(
    string OrganiserMailbox,
    string TransactionId,
    string Subject,
    string BodyText,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<MeetingInvitee> Invitees);

/// <summary>The created event: its id in the organiser's mailbox and the Teams join link.</summary>
public sealed record CreatedMeeting(string EventId, string JoinUrl, string WebLink);

/// <summary>An invitee's reply as the calendar reports it.</summary>
public enum MeetingResponse { None, Organizer, TentativelyAccepted, Accepted, Declined, NotResponded }

public sealed record InviteeReply(string Address, MeetingResponse Response, DateTimeOffset? RepliedAt);

public sealed record MeetingState(string EventId, bool IsCancelled, IReadOnlyList<InviteeReply> Replies);

/// <summary>The calendar could not do what was asked, after retries where they were safe.</summary>
public sealed class MeetingCalendarException(string message, int? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    /// <summary>True when trying again later may work (throttling, outage, timeout).</summary>
    public bool IsTransient => StatusCode is null or 408 or 429 or >= 500;
}
