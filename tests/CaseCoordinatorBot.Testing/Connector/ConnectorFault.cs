using System.Net;

namespace CaseCoordinatorBot.Testing.Connector;

/// <summary>What the fake connector does in place of (or before) answering normally.</summary>
public enum ConnectorFaultKind
{
    /// <summary>Answer <see cref="ConnectorFault.StatusCode"/> with an error body, and Retry-After when set.</summary>
    Status,

    /// <summary>Do the work, then wait <see cref="ConnectorFault.Delay"/> before answering (a slow or timed-out call).</summary>
    Delay,

    /// <summary>Read the request, then close the connection without an answer.</summary>
    DropConnection,
}

/// <summary>A programmed misbehaviour of <see cref="FakeConnectorServer"/>; see its <c>AddFault</c>.</summary>
public sealed record ConnectorFault
{
    public ConnectorFaultKind Kind { get; init; }
    public int StatusCode { get; init; }
    public string? ErrorCode { get; init; }

    /// <summary>Sent as <c>Retry-After: seconds</c>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Sent as <c>Retry-After: HTTP-date</c>.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public TimeSpan Delay { get; init; }

    public static ConnectorFault TooManyRequests(TimeSpan? retryAfter = null) =>
        Status(HttpStatusCode.TooManyRequests, "TooManyRequests", retryAfter);

    public static ConnectorFault TooManyRequestsUntil(DateTimeOffset retryAt) =>
        Status(HttpStatusCode.TooManyRequests, "TooManyRequests") with { RetryAt = retryAt };

    public static ConnectorFault ServiceUnavailable(TimeSpan? retryAfter = null) =>
        Status(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", retryAfter);

    public static ConnectorFault Status(HttpStatusCode status, string? errorCode = null, TimeSpan? retryAfter = null) =>
        new() { Kind = ConnectorFaultKind.Status, StatusCode = (int)status, ErrorCode = errorCode, RetryAfter = retryAfter };

    public static ConnectorFault Slow(TimeSpan delay) => new() { Kind = ConnectorFaultKind.Delay, Delay = delay };

    public static ConnectorFault DropConnection() => new() { Kind = ConnectorFaultKind.DropConnection };
}
