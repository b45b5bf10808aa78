using CaseCoordinatorBot.Conferences;

namespace CaseCoordinatorBot.Testing.Conferences;

/// <summary>
/// A calendar in memory for conference tests: busy times and hidden calendars set per address, meetings created
/// once per transaction id (as Graph does), replies set by the test, failures queued on demand. Thread-safe.
/// </summary>
public sealed class InMemoryMeetingCalendar : IMeetingCalendar
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<BusyInterval>> busy = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> hidden = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Meeting> byTransaction = new(StringComparer.Ordinal);
    private readonly Queue<MeetingCalendarException> failures = new();
    private readonly List<MeetingRequest> createRequests = [];
    private readonly List<(string Organiser, IReadOnlyList<string> Addresses)> availabilityRequests = [];

    private sealed class Meeting(MeetingRequest request, CreatedMeeting created)
    {
        public MeetingRequest Request { get; } = request;
        public CreatedMeeting Created { get; } = created;
        public Dictionary<string, MeetingResponse> Replies { get; } = new(StringComparer.OrdinalIgnoreCase);
        public string? CancelComment { get; set; }
    }

    /// <summary>Every create call, retries included.</summary>
    public IReadOnlyList<MeetingRequest> CreateRequests { get { lock (gate) return [.. createRequests]; } }

    public IReadOnlyList<(string Organiser, IReadOnlyList<string> Addresses)> AvailabilityRequests { get { lock (gate) return [.. availabilityRequests]; } }

    /// <summary>How many distinct meetings exist (one per transaction id).</summary>
    public int MeetingCount { get { lock (gate) return byTransaction.Count; } }

    public void SetBusy(string address, params BusyInterval[] intervals)
    {
        lock (gate) busy[address] = [.. intervals];
    }

    /// <summary>The address's calendar cannot be read (another tenant): it comes back with Known = false.</summary>
    public void Hide(string address)
    {
        lock (gate) hidden.Add(address);
    }

    /// <summary>Sets an invitee's reply on every meeting they are invited to.</summary>
    public void Reply(string address, MeetingResponse response)
    {
        lock (gate)
            foreach (var meeting in byTransaction.Values.Where(m => m.Request.Invitees.Any(i => string.Equals(i.Address, address, StringComparison.OrdinalIgnoreCase))))
                meeting.Replies[address] = response;
    }

    /// <summary>The next call of any kind fails with this exception.</summary>
    public void FailNext(MeetingCalendarException exception)
    {
        lock (gate) failures.Enqueue(exception);
    }

    /// <summary>The comment sent with the cancellation of the meeting, or null when it was not cancelled.</summary>
    public string? CancelComment(string eventId)
    {
        lock (gate) return byTransaction.Values.FirstOrDefault(m => m.Created.EventId == eventId)?.CancelComment;
    }

    public Task<IReadOnlyList<AttendeeAvailability>> GetAvailabilityAsync(string organiserMailbox, IReadOnlyList<string> addresses,
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ThrowIfFailing();
            availabilityRequests.Add((organiserMailbox, [.. addresses]));
            IReadOnlyList<AttendeeAvailability> result = addresses.Select(a => hidden.Contains(a)
                ? new AttendeeAvailability(a, false, [])
                : new AttendeeAvailability(a, true, busy.GetValueOrDefault(a, []).Where(b => b.Start < to && from < b.End).ToArray())).ToArray();
            return Task.FromResult(result);
        }
    }

    public Task<CreatedMeeting> CreateMeetingAsync(MeetingRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ThrowIfFailing();
            createRequests.Add(request);
            if (!byTransaction.TryGetValue(request.TransactionId, out var meeting))
            {
                var id = $"evt-{byTransaction.Count + 1}";
                meeting = new Meeting(request, new CreatedMeeting(id, $"https://teams.microsoft.com/l/meetup-join/{id}", $"https://outlook.office365.com/calendar/item/{id}"));
                byTransaction[request.TransactionId] = meeting;
                foreach (var invitee in request.Invitees) busy.TryAdd(invitee.Address, []);
            }
            return Task.FromResult(meeting.Created);
        }
    }

    public Task<MeetingState> GetMeetingAsync(string organiserMailbox, string eventId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ThrowIfFailing();
            var meeting = Find(eventId);
            return Task.FromResult(new MeetingState(eventId, meeting.CancelComment is not null,
                meeting.Request.Invitees.Select(i => new InviteeReply(i.Address, meeting.Replies.GetValueOrDefault(i.Address, MeetingResponse.NotResponded), null)).ToArray()));
        }
    }

    public Task CancelMeetingAsync(string organiserMailbox, string eventId, string comment, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ThrowIfFailing();
            Find(eventId).CancelComment = comment;
            return Task.CompletedTask;
        }
    }

    private Meeting Find(string eventId) =>
        byTransaction.Values.FirstOrDefault(m => m.Created.EventId == eventId) ?? throw new MeetingCalendarException("No such event.", 404);

    private void ThrowIfFailing()
    {
        if (failures.TryDequeue(out var failure)) throw failure;
    }
}
