using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>
/// Microsoft Graph v1.0 on 127.0.0.1 (a free port) for the four calendar calls conferences make: getSchedule,
/// create event, get event, cancel. Every request body it receives and every body it sends is validated against
/// Microsoft's published schema (<see cref="GraphSchema"/>); problems collect in <see cref="SchemaViolations"/>,
/// which tests assert empty. It records every request and misbehaves on demand (<see cref="AddFault"/>).
/// The calendar state and answers are in FakeGraphServer.Calendar.cs.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<GraphRequest> requests = [];
    private readonly List<string> violations = [];
    private readonly List<FaultEntry> faults = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly GraphSchema schema;
    private WebApplication? app;

    private FakeGraphServer(GraphSchema schema) => this.schema = schema;

    /// <summary><c>http://127.0.0.1:{port}/v1.0</c>: the service root to give the Graph SDK.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>When set, a request without <c>Authorization: Bearer {token}</c> is answered 401.</summary>
    public string? ExpectedBearerToken { get; set; }

    /// <summary>
    /// The zone free/busy times are written in when the request has no <c>Prefer: outlook.timezone</c>
    /// (a Windows zone name, as Graph writes them).
    /// </summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Throws, with a message naming ../shared/reference, when the published schema is not beside the repository.</summary>
    public static async Task<FakeGraphServer> StartAsync(CancellationToken cancellationToken = default) =>
        await StartAsync(port: 0, cancellationToken);

    /// <summary>On a fixed loopback port (0: any free one), for a fake Graph that runs as its own process.</summary>
    public static async Task<FakeGraphServer> StartAsync(int port, CancellationToken cancellationToken = default)
    {
        var server = new FakeGraphServer(await GraphSchema.LoadSharedAsync());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        server.BaseUrl = new Uri(address).GetLeftPart(UriPartial.Authority) + "/v1.0";
        server.app = app;
        return server;
    }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<GraphRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>Bodies that broke the published schema, and explicit shape checks the schema cannot make.</summary>
    public IReadOnlyList<string> SchemaViolations
    {
        get { lock (gate) return [.. violations]; }
    }

    /// <summary>
    /// The next <paramref name="times"/> requests that match (<paramref name="method"/> such as "POST", and a
    /// decoded path containing <paramref name="pathContains"/>; null matches all) get <paramref name="fault"/>.
    /// </summary>
    public void AddFault(GraphFault fault, int times = 1, string? method = null, string? pathContains = null)
    {
        lock (gate) faults.Add(new FaultEntry(fault, times, method, pathContains));
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }

        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (request, segments, bodyIsJson) = await ReadAsync(context);
        var fault = Record(request);

        int status;
        JsonNode? body;
        string? responseDefinition;
        if (fault?.Kind == GraphFaultKind.Status)
            (status, body, responseDefinition) = (fault.StatusCode, Error(fault.ErrorCode, "A fault programmed in the fake Graph."), GraphSchema.Error);
        else if (!bodyIsJson)
            (status, body, responseDefinition) = (400, Error("BadRequest", "Unable to read JSON request payload."), GraphSchema.Error);
        else
            (status, body, responseDefinition) = Answer(request, segments);

        if (fault?.Kind == GraphFaultKind.StatusAfterWork)
            (status, body, responseDefinition) = (fault.StatusCode, Error(fault.ErrorCode, "The answer was lost."), GraphSchema.Error);
        if (fault?.Kind == GraphFaultKind.Delay)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            try
            {
                await Task.Delay(fault.Delay, linked.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (body is not null && responseDefinition is not null)
            CheckSchema(responseDefinition, body, $"response to {request.Method} {request.Path}");
        context.Response.StatusCode = status;
        if (fault?.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (body is not null)
        {
            context.Response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
        }
    }

    private static async Task<(GraphRequest Request, string[] Segments, bool BodyIsJson)> ReadAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var segments = rawTarget.Split('?', 2)[0].Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString).ToArray();
        if (segments is ["v1.0", ..])
            segments = segments[1..];

        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        JsonNode? body = null;
        var bodyIsJson = true;
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                bodyIsJson = false;
            }
        }

        var headers = context.Request.Headers;
        var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var request = new GraphRequest(context.Request.Method, "/" + string.Join('/', segments), rawTarget, query,
            headers.Authorization.Count > 0 ? headers.Authorization.ToString() : null,
            headers.TryGetValue("Prefer", out var prefer) ? prefer.ToString() : null,
            headers.TryGetValue("Retry-Attempt", out var attempt) ? attempt.ToString() : null,
            body, DateTimeOffset.UtcNow);
        return (request, segments, bodyIsJson);
    }

    private GraphFault? Record(GraphRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
            var entry = faults.FirstOrDefault(f => f.Matches(request));
            if (entry is null)
                return null;
            if (--entry.Remaining == 0)
                faults.Remove(entry);
            return entry.Fault;
        }
    }

    private void CheckSchema(string definition, JsonNode? json, string what)
    {
        var found = schema.Validate(definition, json);
        if (found.Count > 0)
            AddViolations(found.Select(v => $"{what}: {v}"));
    }

    private void AddViolations(IEnumerable<string> found)
    {
        lock (gate) violations.AddRange(found);
    }

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private sealed class FaultEntry(GraphFault fault, int times, string? method, string? pathContains)
    {
        public GraphFault Fault { get; } = fault;
        public int Remaining { get; set; } = times;

        public bool Matches(GraphRequest request) =>
            (method is null || string.Equals(method, request.Method, StringComparison.OrdinalIgnoreCase))
            && (pathContains is null || request.Path.Contains(pathContains, StringComparison.OrdinalIgnoreCase));
    }
}
