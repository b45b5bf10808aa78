// The schema-checked fake Graph server on 127.0.0.1:<graph port>, and beside it a control API on <control port> with
// which an end-to-end script plays the invitees: who is busy, who declines, and what Graph received.
// Usage: CaseCoordinatorBot.FakeGraphHost <graph port> <control port>
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Testing.FakeGraph;

var graphPort = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5100;
var controlPort = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5101;
await using var graph = await FakeGraphServer.StartAsync(graphPort);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, controlPort));
var control = builder.Build();

// Busy from now for the given number of hours: pushes the offered slots later.
control.MapPost("/_fake/busy", (string address, int hours) =>
{
    var now = DateTimeOffset.UtcNow;
    graph.SetSchedule(address, new FakeScheduleItem(now.AddHours(-1), now.AddHours(hours)));
    return Results.Ok();
});

// The invitee's reply on every event that invites them.
control.MapPost("/_fake/reply", (string address, string response) =>
{
    var invited = graph.Events.Where(e => e.Json["attendees"]!.AsArray().OfType<JsonObject>()
        .Any(a => string.Equals((string?)a["emailAddress"]?["address"], address, StringComparison.OrdinalIgnoreCase))).ToArray();
    foreach (var e in invited) graph.SetResponse(e.Id, address, response);
    return Results.Json(new { events = invited.Length });
});

control.MapGet("/_fake/state", () => Results.Json(new
{
    events = graph.Events.Select(e => new
    {
        e.Id, e.TransactionId, e.IsCancelled,
        subject = (string?)e.Json["subject"],
        joinUrl = (string?)e.Json["onlineMeeting"]?["joinUrl"],
        attendees = e.Json["attendees"]!.AsArray().OfType<JsonObject>().Select(a => (string?)a["emailAddress"]?["address"]).ToArray(),
    }),
    requests = graph.Requests.Count,
    violations = graph.SchemaViolations,
}));

await control.StartAsync();
Console.WriteLine($"fake graph: {graph.BaseUrl}, control on http://127.0.0.1:{controlPort}");
// The control app's host handles SIGTERM and Ctrl+C; the fake Graph is disposed on the way out.
await control.WaitForShutdownAsync();
