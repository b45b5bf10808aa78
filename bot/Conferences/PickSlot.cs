using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// A slot picked: the meeting is created in the organiser's calendar with a Teams link, under a transaction id made
/// of the conference and the slot, so that a double click or a retry after a lost answer yields the same meeting.
/// The slot is claimed on the record first, so that two people picking different slots at once cannot book two.
/// </summary>
public sealed class PickSlot(ConferenceAccess access, ConferenceStore store, ConferenceCardBuilder build, IMeetingCalendar calendar,
    ConferenceChronology chronology, ConferencePolling polling, AuditLog audit, IOptions<ConferenceOptions> options, TimeProvider clock,
    IEnumerable<IConferenceBooked> observers, ILogger<PickSlot> logger) : IVerbHandler<ConferenceActionData>
{
    public static string Verb => "conference.pickSlot";

    public async Task<TurnReply> HandleAsync(Turn turn, ConferenceActionData data, CancellationToken cancellationToken)
    {
        var (grant, conference) = await access.RequireAsync(data.CaseRef, data.ConferenceId, turn, Verb, arrange: true, cancellationToken);
        if (conference.Status != ConferenceStatus.Requested)
            return TurnReply.Card("conferences/conference", build.Card(conference), shared: true);
        if (conference.Offered.FirstOrDefault(s => s.Key == data.Slot) is not { } slot)
            return TurnReply.Problem("That slot is not one the bot offered for this meeting. Use 'Find slots' again.");
        if (slot.Start <= clock.GetUtcNow())
            return TurnReply.Problem("That slot has already passed. Use 'Find slots' again. Nothing was booked.");

        var claimed = await store.UpdateAsync(conference.CaseRef, conference.Id,
            c => c.Status == ConferenceStatus.Requested && c.PendingSlot.Length == 0 ? c with { PendingSlot = slot.Key } : c, cancellationToken);
        if (claimed.Status != ConferenceStatus.Requested)
            return TurnReply.Card("conferences/conference", build.Card(claimed), shared: true);
        if (claimed.PendingSlot != slot.Key)
            return TurnReply.Problem("Someone else is booking another slot for this meeting right now. Wait a moment and look again.");

        var organiser = options.Value.OrganiserFor(conference.CaseRef);
        CreatedMeeting created;
        try
        {
            created = await calendar.CreateMeetingAsync(Request(claimed, slot, organiser), cancellationToken);
        }
        catch (MeetingCalendarException ex)
        {
            Log.CalendarFailed(logger, conference.CaseRef, conference.Id, "create", ex.StatusCode ?? 0, ex.IsTransient);
            // The claim is released so that another slot can be tried; the same slot again reuses the transaction id.
            var released = await store.UpdateAsync(conference.CaseRef, conference.Id,
                c => c.Status == ConferenceStatus.Requested && c.PendingSlot == slot.Key ? c with { PendingSlot = "" } : c, cancellationToken);
            return TurnReply.Card("conferences/conference", build.Card(released, FindSlots.CalendarProblem(ex, "book the meeting")));
        }

        var now = clock.GetUtcNow();
        var by = ConferenceRequests.Person(grant);
        var mine = false;
        var booked = await store.UpdateAsync(conference.CaseRef, conference.Id, c =>
        {
            // A double click that raced this one may have stored the same meeting first: then it records the booking.
            mine = c.Status == ConferenceStatus.Requested;
            return mine ? c with
            {
                Status = ConferenceStatus.Scheduled,
                PendingSlot = "",
                Meeting = new ScheduledMeeting(created.EventId, created.JoinUrl, created.WebLink, organiser, slot.Start, slot.End, now, by),
            } : c;
        }, cancellationToken);
        if (mine)
        {
            Log.Changed(logger, booked.CaseRef, booked.Id, booked.Type, "booked");
            await audit.RecordAsync(booked.CaseRef, Verb, turn, "booked", cancellationToken);
            await chronology.RecordAsync(booked, "booked", $"Booked for {build.Card(booked).When} by {by.Name}, with a Teams meeting.", by, now, "booked", cancellationToken);
            await polling.StartAsync(booked, cancellationToken);
            foreach (var observer in observers)
            {
                try
                {
                    await observer.BookedAsync(booked, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    Log.Changed(logger, booked.CaseRef, booked.Id, booked.Type, "booked-observer-failed:" + ex.GetType().Name);
                }
            }
        }
        return TurnReply.Card("conferences/conference", build.Card(booked), shared: true);
    }

    /// <summary>What every invitee's mailbox shows: the case reference and initials, never a name.</summary>
    public static MeetingRequest Request(Conference c, OfferedSlot slot, string organiser) => new(
        organiser,
        TransactionId(c.Id, slot.Key),
        $"{ConferenceVocabulary.Title(c.Type)}: case {c.CaseRef} ({c.Initials})",
        $"{ConferenceVocabulary.Title(c.Type)} for case {c.CaseRef} ({c.Initials}). Please accept or decline, so that the chair knows who is coming; " +
        "if you cannot come, send someone from your agency who knows the child.",
        slot.Start, slot.End,
        c.Invitees.Where(i => i.Address.Length > 0).Select(i => new MeetingInvitee(i.Address, i.Name, i.Required)).ToArray());

    /// <summary>The same conference and slot always give the same id; another slot gives another.</summary>
    public static string TransactionId(string conferenceId, string slotKey) => $"conf-{conferenceId}-{slotKey}";
}
