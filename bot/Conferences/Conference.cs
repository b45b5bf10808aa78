using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// One meeting of a case, as stored in <c>cases/&lt;ref&gt;/conferences/&lt;id&gt;.json</c>: its type and due date, who is
/// invited, the slots last offered, the slot being booked (so that a second pick of another slot waits), the meeting once created, the replies last read, and what the chair was warned of.
/// </summary>
public sealed record Conference(
    string Id,
    string CaseRef,
    string Initials,
    MeetingType Type,
    ConferenceStatus Status,
    DateTimeOffset RequestedAt,
    ConferencePerson RequestedBy,
    DateTimeOffset DueBy,
    Agency? ReferringAgency,
    IReadOnlyList<ConferenceInvitee> Invitees,
    IReadOnlyList<OfferedSlot> Offered,
    ScheduledMeeting? Meeting,
    IReadOnlyList<InviteeReply> Replies,
    IReadOnlyList<string> WarnedRisks,
    ConferenceCancellation? Cancellation,
    string PendingSlot);

public enum ConferenceStatus { Requested, Scheduled, Cancelled }

/// <summary>Who did something: identity by tenant and object id; the name is shown on cards only.</summary>
public sealed record ConferencePerson(string UserKey, string Name, Agency Agency);

/// <summary>
/// A case member to invite. <paramref name="Address"/> is their mailbox from the channel roster, empty when Teams
/// did not say it (they are named on the card and cannot be invited by the calendar).
/// </summary>
public sealed record ConferenceInvitee(string UserKey, string Name, Agency Agency, CaseRole Role, string Address, bool Required);

/// <summary>A slot offered on the card, <paramref name="Key"/> being what its button sends back.</summary>
public sealed record OfferedSlot(string Key, DateTimeOffset Start, DateTimeOffset End);

/// <summary>The meeting in the organiser's calendar.</summary>
public sealed record ScheduledMeeting(
    string EventId,
    string JoinUrl,
    string WebLink,
    string OrganiserMailbox,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset ScheduledAt,
    ConferencePerson ScheduledBy);

public sealed record ConferenceCancellation(DateTimeOffset At, ConferencePerson By, string Reason);
