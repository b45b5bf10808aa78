namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// The calendar until one is registered (Microsoft Graph): every call fails plainly, so conferences are still
/// recorded with their due dates and the cards say that the calendar cannot be reached.
/// </summary>
public sealed class UnavailableMeetingCalendar : IMeetingCalendar
{
    private static MeetingCalendarException None() => new("No meeting calendar is configured.", statusCode: 501);

    public Task<IReadOnlyList<AttendeeAvailability>> GetAvailabilityAsync(string organiserMailbox, IReadOnlyList<string> addresses,
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => throw None();

    public Task<CreatedMeeting> CreateMeetingAsync(MeetingRequest request, CancellationToken cancellationToken) => throw None();

    public Task<MeetingState> GetMeetingAsync(string organiserMailbox, string eventId, CancellationToken cancellationToken) => throw None();

    public Task CancelMeetingAsync(string organiserMailbox, string eventId, string comment, CancellationToken cancellationToken) => throw None();
}
