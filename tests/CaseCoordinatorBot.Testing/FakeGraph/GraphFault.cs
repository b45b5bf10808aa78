using System.Net;

namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>What the fake Graph does in place of (or after) answering normally.</summary>
public enum GraphFaultKind
{
    /// <summary>Answer <see cref="GraphFault.StatusCode"/> with an OData error, and Retry-After when set; nothing is done.</summary>
    Status,

    /// <summary>Do the work, then answer <see cref="GraphFault.StatusCode"/> anyway: an answer lost on the way back.</summary>
    StatusAfterWork,

    /// <summary>Do the work, then wait <see cref="GraphFault.Delay"/> before answering (a slow or timed-out call).</summary>
    Delay,
}

/// <summary>A programmed misbehaviour of <see cref="FakeGraphServer"/>; see its <c>AddFault</c>.</summary>
public sealed record GraphFault
{
    public GraphFaultKind Kind { get; init; }
    public int StatusCode { get; init; }
    public string ErrorCode { get; init; } = "";

    /// <summary>Sent as <c>Retry-After: whole seconds</c>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>Graph's throttling answer: 429 <c>TooManyRequests</c> with Retry-After.</summary>
    public static GraphFault TooManyRequests(TimeSpan retryAfter) =>
        new() { Kind = GraphFaultKind.Status, StatusCode = 429, ErrorCode = "TooManyRequests", RetryAfter = retryAfter };

    public static GraphFault ServiceUnavailable(TimeSpan? retryAfter = null) =>
        new() { Kind = GraphFaultKind.Status, StatusCode = 503, ErrorCode = "ServiceNotAvailable", RetryAfter = retryAfter };

    /// <summary>The work is done (an event created) but the caller sees a 503, as when a gateway loses the answer.</summary>
    public static GraphFault ServiceUnavailableAfterWork(TimeSpan? retryAfter = null) =>
        ServiceUnavailable(retryAfter) with { Kind = GraphFaultKind.StatusAfterWork };

    public static GraphFault Status(HttpStatusCode status, string errorCode) =>
        new() { Kind = GraphFaultKind.Status, StatusCode = (int)status, ErrorCode = errorCode };

    public static GraphFault Slow(TimeSpan delay) => new() { Kind = GraphFaultKind.Delay, Delay = delay };
}
