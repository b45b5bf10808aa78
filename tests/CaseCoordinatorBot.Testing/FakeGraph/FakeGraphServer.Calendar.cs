using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>The calendars the fake Graph holds, and its answers to the four calls.</summary>
public sealed partial class FakeGraphServer
{
    private const string GraphDateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    private readonly Dictionary<string, List<FakeScheduleItem>> schedules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> scheduleErrors = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeGraphEvent> events = [];
    private int lastEventNumber;

    /// <summary>Replaces the free/busy items of <paramref name="address"/>. Unknown addresses are free all the time.</summary>
    public void SetSchedule(string address, params FakeScheduleItem[] items)
    {
        lock (gate) schedules[address] = [.. items];
    }

    /// <summary>getSchedule answers this address with an error (another tenant, no mailbox) instead of its items.</summary>
    public void SetScheduleError(string address, string responseCode = "ErrorMailboxNotFound")
    {
        lock (gate) scheduleErrors[address] = responseCode;
    }

    /// <summary>Every event made, cancelled ones included, in creation order.</summary>
    public IReadOnlyList<FakeGraphEvent> Events
    {
        get { lock (gate) return [.. events.Select(e => e with { Json = (JsonObject)e.Json.DeepClone() })]; }
    }

    /// <summary>An invitee's reply, as Graph reports it in <c>attendees[].status</c> (e.g. "accepted", "declined").</summary>
    public void SetResponse(string eventId, string address, string response, DateTimeOffset? at = null)
    {
        lock (gate)
        {
            var found = events.Single(e => e.Id == eventId);
            var attendee = found.Json["attendees"]!.AsArray().OfType<JsonObject>()
                .Single(a => string.Equals((string?)a["emailAddress"]?["address"], address, StringComparison.OrdinalIgnoreCase));
            attendee["status"] = new JsonObject
            {
                ["response"] = response,
                ["time"] = (at ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            };
        }
    }

    private (int Status, JsonNode? Body, string? Definition) Answer(GraphRequest request, string[] segments)
    {
        if (ExpectedBearerToken is { } expected && request.Authorization != "Bearer " + expected)
            return (401, Error("InvalidAuthenticationToken", "Access token is empty or invalid."), GraphSchema.Error);

        lock (gate)
        {
            return (request.Method, Lower(segments)) switch
            {
                ("POST", ["users", _, "calendar", "getschedule" or "microsoft.graph.getschedule"]) => GetSchedule(request),
                ("POST", ["users", _, "events"]) => CreateEvent(segments[1], request),
                ("GET", ["users", _, "events", _]) => GetEvent(segments[1], segments[3], request),
                ("POST", ["users", _, "events", _, "cancel" or "microsoft.graph.cancel"]) => Cancel(segments[1], segments[3], request),
                _ => (404, Error("UnknownResource", $"No fake for {request.Method} {request.Path}."), GraphSchema.Error),
            };
        }
    }

    private (int, JsonNode?, string?) GetSchedule(GraphRequest request)
    {
        var problems = Check(GraphSchema.GetScheduleRequest, request);
        var body = request.Body as JsonObject;
        var ids = Property(body, "Schedules") as JsonArray;
        var start = ReadDateTime(Property(body, "StartTime"));
        var end = ReadDateTime(Property(body, "EndTime"));
        if (ids is null || ids.Count == 0)
            problems.Add("getSchedule: Schedules (any case) is missing or empty");
        if (start is null || end is null)
            problems.Add("getSchedule: StartTime and EndTime (any case) need dateTime and timeZone");
        AddViolations(problems);
        if (problems.Count > 0 || start is null || end is null || ids is null)
            return (400, Error("ErrorInvalidRequest", "The request is not a getSchedule request."), GraphSchema.Error);

        var interval = (int?)(Property(body, "AvailabilityViewInterval") as JsonValue) ?? 30;
        var zone = PreferredZone(request.Prefer);
        var value = new JsonArray();
        foreach (var id in ids.Select(node => (string?)node ?? ""))
            value.Add(ScheduleInformation(id, start.Value, end.Value, interval, zone));
        return (200, new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)",
            ["value"] = value,
        }, GraphSchema.GetScheduleResponse);
    }

    private JsonObject ScheduleInformation(string id, DateTimeOffset start, DateTimeOffset end, int interval, TimeZoneInfo zone)
    {
        if (scheduleErrors.TryGetValue(id, out var code))
        {
            return new JsonObject
            {
                ["scheduleId"] = id,
                ["availabilityView"] = "",
                ["error"] = new JsonObject { ["message"] = "The user's free/busy information cannot be read.", ["responseCode"] = code },
                ["scheduleItems"] = new JsonArray(),
                ["workingHours"] = null,
            };
        }

        var items = (schedules.GetValueOrDefault(id) ?? []).Where(i => i.Start < end && i.End > start).OrderBy(i => i.Start).ToList();
        var view = new char[(int)Math.Ceiling((end - start).TotalMinutes / Math.Max(interval, 1))];
        for (var slot = 0; slot < view.Length; slot++)
        {
            var from = start.AddMinutes(slot * interval);
            var to = from.AddMinutes(interval);
            view[slot] = items.Where(i => i.Start < to && i.End > from).Select(i => ViewDigit(i.Status)).DefaultIfEmpty('0').Max();
        }

        return new JsonObject
        {
            ["scheduleId"] = id,
            ["availabilityView"] = new string(view),
            ["scheduleItems"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
            {
                ["isPrivate"] = false,
                ["status"] = i.Status,
                ["start"] = WriteDateTime(i.Start, zone),
                ["end"] = WriteDateTime(i.End, zone),
            })]),
        };
    }

    private (int, JsonNode?, string?) CreateEvent(string organiser, GraphRequest request)
    {
        var problems = Check(GraphSchema.CreateEventRequest, request);
        var body = request.Body as JsonObject;
        foreach (var name in new[] { "subject", "start", "end", "attendees" })
        {
            if (body?[name] is null)
                problems.Add($"createEvent: {name} is missing");
        }

        if (body is not null && (ReadDateTime(body["start"]) is null || ReadDateTime(body["end"]) is null))
            problems.Add("createEvent: start and end need dateTime and timeZone");
        AddViolations(problems);
        if (problems.Count > 0 || body is null)
            return (400, Error("ErrorInvalidRequest", "The event is not valid."), GraphSchema.Error);

        // Graph's idempotency: a create repeating a transactionId returns the event already made.
        var transactionId = (string?)body["transactionId"];
        var existing = transactionId is null ? null : events.FirstOrDefault(e =>
            string.Equals(e.Organiser, organiser, StringComparison.OrdinalIgnoreCase) && e.TransactionId == transactionId);
        if (existing is not null)
            return (201, existing.Json.DeepClone(), GraphSchema.Event);

        var created = NewEvent(organiser, body);
        events.Add(new FakeGraphEvent((string)created["id"]!, organiser, transactionId, created, false, null));
        return (201, created.DeepClone(), GraphSchema.Event);
    }

    private JsonObject NewEvent(string organiser, JsonObject body)
    {
        var number = ++lastEventNumber;
        // Real ids are base64 with '=' and '-' that a client must percent-encode or keep intact in paths.
        var id = $"AAMkAGI2-fake_{number:D4}{Guid.NewGuid():N}=";
        var created = (JsonObject)body.DeepClone();
        created.Remove("@odata.type");
        created["id"] = id;
        created["iCalUId"] = $"040000008200E00074C5B7101A82E008{number:D8}";
        created["isCancelled"] = false;
        created["webLink"] = $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(id)}&exvsurl=1&path=/calendar/item";
        created["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = organiser } };
        foreach (var attendee in (created["attendees"] as JsonArray ?? []).OfType<JsonObject>())
        {
            attendee.Remove("@odata.type");
            attendee["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" };
        }

        var teams = (bool?)body["isOnlineMeeting"] == true && (string?)body["onlineMeetingProvider"] == "teamsForBusiness";
        created["onlineMeeting"] = teams
            ? new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_fake{number}%40thread.v2/0" }
            : null;
        return created;
    }

    private (int, JsonNode?, string?) GetEvent(string organiser, string eventId, GraphRequest request)
    {
        var found = Find(organiser, eventId);
        if (found is null)
            return (404, Error("ErrorItemNotFound", "The specified object was not found in the store."), GraphSchema.Error);
        var json = (JsonObject)found.Json.DeepClone();
        if (request.Query.TryGetValue("$select", out var select) && select.Length > 0)
        {
            var keep = select.Split(',').Select(s => s.Trim()).Append("id").ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var name in json.Select(p => p.Key).Where(k => !keep.Contains(k)).ToList())
                json.Remove(name);
        }

        return (200, json, GraphSchema.Event);
    }

    private (int, JsonNode?, string?) Cancel(string organiser, string eventId, GraphRequest request)
    {
        var problems = Check(GraphSchema.CancelRequest, request);
        var comment = Property(request.Body as JsonObject, "Comment");
        if (comment is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String)
            problems.Add("cancel: Comment (any case) is missing or not a string");
        AddViolations(problems);
        var found = Find(organiser, eventId);
        if (found is null)
            return (404, Error("ErrorItemNotFound", "The specified object was not found in the store."), GraphSchema.Error);
        if (problems.Count > 0)
            return (400, Error("ErrorInvalidRequest", "The cancel request is not valid."), GraphSchema.Error);

        found.Json["isCancelled"] = true;
        events[events.IndexOf(found)] = found with { IsCancelled = true, CancelComment = (string?)comment };
        return (202, null, null); // Graph documents 202 Accepted with no body (the description says 204).
    }

    private FakeGraphEvent? Find(string organiser, string eventId) => events.FirstOrDefault(e =>
        e.Id == eventId && string.Equals(e.Organiser, organiser, StringComparison.OrdinalIgnoreCase));

    private List<string> Check(string definition, GraphRequest request) =>
        [.. schema.Validate(definition, request.Body).Select(v => $"request {request.Method} {request.Path}: {v}")];

    /// <summary>Action parameters are PascalCase from the SDK and camelCase in Graph's documentation; the service takes both.</summary>
    private static JsonNode? Property(JsonObject? body, string name) =>
        body?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static DateTimeOffset? ReadDateTime(JsonNode? node)
    {
        if (node is not JsonObject value || (string?)value["dateTime"] is not { } text || (string?)value["timeZone"] is not { } zoneName)
            return null;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone))
            return null;
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));
    }

    private static JsonObject WriteDateTime(DateTimeOffset instant, TimeZoneInfo zone) => new()
    {
        ["dateTime"] = TimeZoneInfo.ConvertTime(instant, zone).DateTime.ToString(GraphDateTimeFormat, CultureInfo.InvariantCulture),
        ["timeZone"] = zone.Id == TimeZoneInfo.Utc.Id ? "UTC" : zone.Id,
    };

    private TimeZoneInfo PreferredZone(string? prefer)
    {
        var name = prefer is null ? null : PreferTimeZone().Match(prefer) is { Success: true } match ? match.Groups[1].Value : null;
        name ??= DefaultTimeZone;
        return string.Equals(name, "UTC", StringComparison.OrdinalIgnoreCase) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(name);
    }

    private static char ViewDigit(string status) => status switch
    {
        "tentative" => '1',
        "busy" => '2',
        "oof" => '3',
        "workingElsewhere" => '4',
        _ => '0',
    };

    private static string[] Lower(string[] segments) => [.. segments.Select(s => s.ToLowerInvariant())];

    [GeneratedRegex("outlook\\.timezone=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex PreferTimeZone();
}
