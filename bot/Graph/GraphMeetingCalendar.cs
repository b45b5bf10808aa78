using System.Globalization;
using CaseCoordinatorBot.Conferences;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using AttendeeAvailability = CaseCoordinatorBot.Conferences.AttendeeAvailability;

namespace CaseCoordinatorBot.Graph;

/// <summary>
/// <see cref="IMeetingCalendar"/> on Microsoft Graph v1.0 with application permissions. The HttpClient comes
/// from IHttpClientFactory with the SDK's middleware (see <see cref="GraphExtensions"/>); its retry handler
/// honours Retry-After on 429, 503 and 504, which is safe for the create POST only because the event carries a
/// transactionId: Graph answers a repeated create with the event it already made.
/// </summary>
internal sealed class GraphMeetingCalendar(
    HttpClient http, GraphAuthentication authentication, IOptions<GraphOptions> options, ILogger<GraphMeetingCalendar> logger)
    : IMeetingCalendar
{
    /// <summary>Minutes per slot of the availability view; the bot proposes half-hour slots.</summary>
    public const int AvailabilityViewInterval = 30;

    private const string Utc = "UTC";
    private const string GraphDateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss";

    private readonly GraphServiceClient graph = new(http, authentication.Provider, options.Value.BaseUrl);

    public async Task<IReadOnlyList<AttendeeAvailability>> GetAvailabilityAsync(
        string organiserMailbox, IReadOnlyList<string> addresses, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        if (addresses.Count == 0)
            return [];
        var body = new GetSchedulePostRequestBody
        {
            Schedules = [.. addresses],
            StartTime = ToGraph(from),
            EndTime = ToGraph(to),
            AvailabilityViewInterval = AvailabilityViewInterval,
        };
        var response = await CallAsync("getSchedule", () => graph.Users[organiserMailbox].Calendar.GetSchedule
            .PostAsGetSchedulePostResponseAsync(body, request => PreferUtc(request.Headers), cancellationToken), cancellationToken);

        var schedules = response?.Value ?? [];
        var result = new List<AttendeeAvailability>(addresses.Count);
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = addresses[i];
            var schedule = schedules.FirstOrDefault(s => string.Equals(s.ScheduleId, address, StringComparison.OrdinalIgnoreCase));
            result.Add(ToAvailability(address, schedule, i, addresses.Count));
        }

        return result;
    }

    public async Task<CreatedMeeting> CreateMeetingAsync(MeetingRequest request, CancellationToken cancellationToken)
    {
        // New model objects on every call: the SDK's change tracking sends a reused one as {}.
        var body = new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = request.BodyText },
            Start = ToGraph(request.Start),
            End = ToGraph(request.End),
            Attendees = [.. request.Invitees.Select(invitee => new Attendee
            {
                EmailAddress = new EmailAddress { Address = invitee.Address, Name = invitee.DisplayName },
                Type = invitee.Required ? AttendeeType.Required : AttendeeType.Optional,
            })],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            TransactionId = request.TransactionId,
            AllowNewTimeProposals = false,
        };
        var created = await CallAsync("createEvent",
            () => graph.Users[request.OrganiserMailbox].Events.PostAsync(body, cancellationToken: cancellationToken), cancellationToken);
        if (created?.Id is not { Length: > 0 } id)
            throw new MeetingCalendarException("Graph created an event but returned no id.", 502);

        Log.MeetingCreated(logger, id, request.TransactionId);
        var joinUrl = created.OnlineMeeting?.JoinUrl ?? "";
        if (joinUrl.Length == 0)
            Log.MeetingWithoutJoinUrl(logger, id);
        return new CreatedMeeting(id, joinUrl, created.WebLink ?? "");
    }

    public async Task<MeetingState> GetMeetingAsync(string organiserMailbox, string eventId, CancellationToken cancellationToken)
    {
        var found = await CallAsync("getEvent", () => graph.Users[organiserMailbox].Events[eventId].GetAsync(request =>
        {
            request.QueryParameters.Select = ["attendees", "isCancelled"];
            PreferUtc(request.Headers);
        }, cancellationToken), cancellationToken);

        var replies = (found?.Attendees ?? [])
            .Where(attendee => !string.IsNullOrWhiteSpace(attendee.EmailAddress?.Address))
            .Select(attendee => new InviteeReply(
                attendee.EmailAddress!.Address!, ToResponse(attendee.Status?.Response), attendee.Status?.Time))
            .ToList();
        return new MeetingState(eventId, found?.IsCancelled ?? false, replies);
    }

    public async Task CancelMeetingAsync(string organiserMailbox, string eventId, string comment, CancellationToken cancellationToken)
    {
        var body = new CancelPostRequestBody { Comment = comment };
        await CallAsync<object?>("cancelEvent", async () =>
        {
            await graph.Users[organiserMailbox].Events[eventId].Cancel.PostAsync(body, cancellationToken: cancellationToken);
            return null;
        }, cancellationToken);
        Log.MeetingCancelled(logger, eventId);
    }

    private async Task<T> CallAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } failure)
        {
            Log.CallFailed(logger, operation, failure.StatusCode, failure.ErrorCode);
            throw new MeetingCalendarException($"Graph {operation} failed: {failure.Reason}", failure.StatusCode, exception);
        }
    }

    private AttendeeAvailability ToAvailability(string address, ScheduleInformation? schedule, int index, int count)
    {
        if (schedule is null)
            return Unknown(address, "not in the answer", index, count);
        if (schedule.Error is { } error)
            return Unknown(address, error.ResponseCode ?? "error", index, count);

        var busy = new List<BusyInterval>();
        foreach (var item in schedule.ScheduleItems ?? [])
        {
            if (!CountsAsBusy(item.Status))
                continue;
            if (!TryFromGraph(item.Start, out var start) || !TryFromGraph(item.End, out var end) || end <= start)
                return Unknown(address, "unreadable item times", index, count);
            busy.Add(new BusyInterval(start, end));
        }

        return new AttendeeAvailability(address, true, [.. busy.OrderBy(b => b.Start)]);
    }

    private AttendeeAvailability Unknown(string address, string reason, int index, int count)
    {
        Log.ScheduleUnknown(logger, index, count, reason);
        return new AttendeeAvailability(address, false, []);
    }

    /// <summary>
    /// Busy, out of office and tentative block a slot: a tentative item is a commitment the invitee has not
    /// given up, and a conference needs people who will come. Working elsewhere does not: the conference is a
    /// Teams meeting, attended from wherever they work. Free and unknown are not busy.
    /// </summary>
    internal static bool CountsAsBusy(FreeBusyStatus? status) =>
        status is FreeBusyStatus.Busy or FreeBusyStatus.Oof or FreeBusyStatus.Tentative;

    private static MeetingResponse ToResponse(ResponseType? response) => response switch
    {
        ResponseType.Organizer => MeetingResponse.Organizer,
        ResponseType.TentativelyAccepted => MeetingResponse.TentativelyAccepted,
        ResponseType.Accepted => MeetingResponse.Accepted,
        ResponseType.Declined => MeetingResponse.Declined,
        ResponseType.NotResponded => MeetingResponse.NotResponded,
        _ => MeetingResponse.None,
    };

    // Asks Graph to write every dateTimeTimeZone in UTC; TryFromGraph still converts any other zone named.
    private static void PreferUtc(Microsoft.Kiota.Abstractions.RequestHeaders headers) =>
        headers.Add("Prefer", "outlook.timezone=\"UTC\"");

    private static DateTimeTimeZone ToGraph(DateTimeOffset instant) => new()
    {
        DateTime = instant.UtcDateTime.ToString(GraphDateTimeFormat, CultureInfo.InvariantCulture),
        TimeZone = Utc,
    };

    internal static bool TryFromGraph(DateTimeTimeZone? value, out DateTimeOffset instant)
    {
        instant = default;
        if (value?.DateTime is not { Length: > 0 } text
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            return false;
        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            instant = new DateTimeOffset(parsed.ToUniversalTime());
            return true;
        }

        var zone = value.TimeZone;
        if (string.IsNullOrWhiteSpace(zone) || UtcNames.Contains(zone))
        {
            instant = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
            return true;
        }

        // Graph names Windows zones ("GMT Standard Time"); .NET on Linux resolves them through ICU.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var timeZone) || timeZone.IsInvalidTime(parsed))
            return false;
        instant = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(parsed, timeZone));
        return true;
    }

    private static readonly HashSet<string> UtcNames = new(StringComparer.OrdinalIgnoreCase)
    {
        Utc, "Etc/UTC", "Coordinated Universal Time", "tzone://Microsoft/Utc",
    };
}
