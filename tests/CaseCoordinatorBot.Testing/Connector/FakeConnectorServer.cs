using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Testing.Connector;

/// <summary>
/// A Bot Connector on 127.0.0.1 (a free port) that answers the v3 endpoints the bot uses the way the real one
/// does, records every request, and misbehaves on demand (<see cref="AddFault"/>). Point the bot at
/// <see cref="ServiceUrl"/> and trust it. Endpoints are in FakeConnectorServer.Endpoints.cs.
/// </summary>
public sealed partial class FakeConnectorServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<ConnectorRequest> requests = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
    private readonly List<FaultEntry> faults = [];
    private readonly CancellationTokenSource stopping = new();
    private TimeProvider clock;
    private WebApplication? app;

    private FakeConnectorServer(TimeProvider clock) => this.clock = clock;

    /// <summary><c>http://127.0.0.1:{port}/</c>: the service URL to put in activities and conversation references.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>When set, a request without <c>Authorization: Bearer {token}</c> is answered 401.</summary>
    public string? ExpectedBearerToken { get; set; }

    /// <summary>The most members in one page of <c>pagedmembers</c>, whatever page size the client asks.</summary>
    public int MemberPageSize { get; set; } = 500;

    /// <param name="clock">Stamps <see cref="ConnectorRequest.ReceivedAt"/>; the system clock by default.</param>
    public static async Task<FakeConnectorServer> StartAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeConnectorServer(clock ?? TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        server.ServiceUrl = new Uri(address).GetLeftPart(UriPartial.Authority) + "/";
        server.app = app;
        return server;
    }

    /// <summary>
    /// Stamps <see cref="ConnectorRequest.ReceivedAt"/> with <paramref name="stamps"/> from now on: the bot's fake
    /// clock, for a test that checks how long the bot waited between calls (a Retry-After honoured).
    /// </summary>
    public void StampWith(TimeProvider stamps)
    {
        lock (gate) clock = stamps;
    }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    public void ClearRequests()
    {
        lock (gate) requests.Clear();
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived (5 s unless told), then returns them all.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        TaskCompletionSource reached;
        lock (gate)
        {
            if (requests.Count >= count)
                return [.. requests];
            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, reached));
        }

        try
        {
            await reached.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The fake connector received {Requests.Count} requests, not {count}.");
        }

        return Requests;
    }

    /// <summary>
    /// The next <paramref name="times"/> requests that match (<paramref name="method"/> such as "PUT", and a
    /// decoded path containing <paramref name="pathContains"/>; null matches all) get <paramref name="fault"/>.
    /// Faults are used in the order they were added.
    /// </summary>
    public void AddFault(ConnectorFault fault, int times = 1, string? method = null, string? pathContains = null)
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
        if (await TryHandleUploadAsync(context)) return;
        var (request, segments, bodyIsJson) = await ReadAsync(context);
        if (!await PassHoldAsync(context))
            return;
        var fault = Record(request);
        if (fault?.Kind == ConnectorFaultKind.DropConnection)
        {
            context.Abort();
            return;
        }

        var (status, body) = fault?.Kind == ConnectorFaultKind.Status
            ? (fault.StatusCode, Error(fault.ErrorCode ?? "Fault", "A fault programmed in the fake connector."))
            : bodyIsJson ? Answer(request, segments) : (400, Error("BadSyntax", "The body is not JSON."));

        if (fault?.Kind == ConnectorFaultKind.Delay)
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

        context.Response.StatusCode = status;
        if (fault?.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (fault?.RetryAt is { } retryAt)
            context.Response.Headers.RetryAfter = retryAt.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
        }
    }

    private async Task<(ConnectorRequest Request, string[] Segments, bool BodyIsJson)> ReadAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var rawPath = rawTarget.Split('?', 2)[0];
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

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

        var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var authorization = context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null;
        var request = new ConnectorRequest(context.Request.Method, "/" + string.Join('/', segments), rawTarget, query,
            authorization, body, clock.GetUtcNow());
        return (request, segments, bodyIsJson);
    }

    private ConnectorFault? Record(ConnectorRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
            foreach (var waiter in waiters.Where(w => requests.Count >= w.Count).ToList())
            {
                waiters.Remove(waiter);
                waiter.Reached.TrySetResult();
            }

            var entry = faults.FirstOrDefault(f => f.Matches(request));
            if (entry is null)
                return null;
            if (--entry.Remaining == 0)
                faults.Remove(entry);
            return entry.Fault;
        }
    }

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, BotJson.Options);

    private sealed class FaultEntry(ConnectorFault fault, int times, string? method, string? pathContains)
    {
        public ConnectorFault Fault { get; } = fault;
        public int Remaining { get; set; } = times;

        public bool Matches(ConnectorRequest request) =>
            (method is null || string.Equals(method, request.Method, StringComparison.OrdinalIgnoreCase))
            && (pathContains is null || request.Path.Contains(pathContains, StringComparison.Ordinal));
    }
}
