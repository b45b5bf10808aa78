using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Action data of a conference card's buttons; <c>Slot</c> and <c>Reason</c> only where the button sends them.</summary>
public sealed record ConferenceActionData(string? CaseRef, string? ConferenceId, string? Slot, string? Reason);

/// <summary>
/// "Find slots": reads the invitees' free/busy from the organiser's calendar and offers the best slots before the due
/// date, or says that none exists and who blocks. Invitees are refreshed from the case first (someone may have joined).
/// </summary>
public sealed class FindSlots(ConferenceAccess access, ConferenceStore store, ConferenceRequests requests, ConferenceCardBuilder build,
    IMeetingCalendar calendar, WorkingDayCalendar days, IOptions<ConferenceOptions> options, TimeProvider clock, ILogger<FindSlots> logger)
    : IVerbHandler<ConferenceActionData>
{
    public static string Verb => "conference.findSlots";

    public async Task<TurnReply> HandleAsync(Turn turn, ConferenceActionData data, CancellationToken cancellationToken)
    {
        var (grant, conference) = await access.RequireAsync(data.CaseRef, data.ConferenceId, turn, Verb, arrange: true, cancellationToken);
        if (conference.Status != ConferenceStatus.Requested)
            return TurnReply.Card("conferences/conference", build.Card(conference), shared: true);
        var o = options.Value;
        var organiser = o.OrganiserFor(conference.CaseRef);
        if (organiser.Length == 0)
            return TurnReply.Card("conferences/conference", build.Card(conference,
                "No organiser mailbox is configured for conferences (Conferences:OrganiserMailbox), so the bot cannot read calendars. Ask your administrator; nothing was changed."));

        var invitees = await requests.InviteesAsync(grant.Case, conference.Type, conference.ReferringAgency, cancellationToken);
        var withAddress = invitees.Where(i => i.Address.Length > 0).ToArray();
        var earliest = clock.GetUtcNow().AddMinutes(o.MinimumNoticeMinutes);
        IReadOnlyList<AttendeeAvailability> availability;
        try
        {
            availability = withAddress.Length == 0 || conference.DueBy <= earliest ? []
                : await calendar.GetAvailabilityAsync(organiser, withAddress.Select(i => i.Address).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                    earliest, conference.DueBy, cancellationToken);
        }
        catch (MeetingCalendarException ex)
        {
            Log.CalendarFailed(logger, conference.CaseRef, conference.Id, "availability", ex.StatusCode ?? 0, ex.IsTransient);
            return TurnReply.Card("conferences/conference", build.Card(conference with { Invitees = invitees }, CalendarProblem(ex, "read the invitees' calendars")));
        }

        AttendeeAvailability Of(ConferenceInvitee i) =>
            availability.FirstOrDefault(a => string.Equals(a.Address, i.Address, StringComparison.OrdinalIgnoreCase))
            ?? new AttendeeAvailability(i.Address, false, []);
        var found = SlotFinder.Find(new SlotQuery(
            withAddress.Where(i => i.Required).Select(Of).ToArray(),
            withAddress.Where(i => !i.Required).Select(Of).ToArray(),
            earliest, conference.DueBy, Duration(conference), TimeSpan.FromMinutes(o.SlotStepMinutes),
            o.WorkingHoursStart, o.WorkingHoursEnd, days.Zone, days.IsWorkingDay, o.SlotsOffered));

        var offered = found.Slots.Select(s => new OfferedSlot(ConferenceVocabulary.SlotKey(s.Start), s.Start, s.End)).ToArray();
        var updated = await store.UpdateAsync(conference.CaseRef, conference.Id, c => c.Status == ConferenceStatus.Requested
            ? c with { Invitees = invitees, Offered = offered } : c, cancellationToken);
        Log.Changed(logger, conference.CaseRef, conference.Id, conference.Type, offered.Length > 0 ? "slots-offered" : "no-slot");
        var byAddress = withAddress.GroupBy(i => i.Address, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return TurnReply.Card("conferences/conference", build.Card(updated, "", updated.Status == ConferenceStatus.Requested ? found : null, byAddress), shared: true);
    }

    private TimeSpan Duration(Conference c) => build.Rules.Rule(c.Type).Duration;

    /// <summary>A calendar failure in plain words; nothing was changed.</summary>
    public static string CalendarProblem(MeetingCalendarException ex, string what) =>
        ex.StatusCode == 501 ? $"The bot has no calendar connection yet, so it could not {what}. Nothing was changed: ask your administrator to configure Microsoft Graph."
        : ex.IsTransient
        ? $"The calendar service is busy or unavailable, so the bot could not {what}. Nothing was changed: try again in a few minutes."
        : $"The calendar refused to {what} (status {ex.StatusCode}). Nothing was changed: ask your administrator to check the organiser mailbox's permissions.";
}
