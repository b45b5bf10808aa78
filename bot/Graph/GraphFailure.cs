using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CaseCoordinatorBot.Graph;

/// <summary>What went wrong in a Graph call, as far as it can be told without the message text.</summary>
internal sealed record GraphFailure(int? StatusCode, string? ErrorCode, string Reason)
{
    /// <summary>Null for the caller's own cancellation, which is not a calendar failure.</summary>
    public static GraphFailure? From(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        // HttpClient.Timeout (Graph:Timeout) expired: the call may or may not have been done.
        OperationCanceledException => new GraphFailure(null, null, "timed out"),
        ODataError odata => new GraphFailure(odata.ResponseStatusCode, odata.Error?.Code, $"status {odata.ResponseStatusCode} {odata.Error?.Code}"),
        ApiException api => new GraphFailure(api.ResponseStatusCode, null, $"status {api.ResponseStatusCode}"),
        // The retry handler gave up: the last attempt's status is the one that counts.
        AggregateException aggregate when aggregate.InnerExceptions.OfType<ApiException>().LastOrDefault() is { } last =>
            new GraphFailure(last.ResponseStatusCode, null, $"status {last.ResponseStatusCode} after {aggregate.InnerExceptions.Count} attempts"),
        HttpRequestException http => new GraphFailure(http.StatusCode is { } status ? (int)status : null, null, $"no answer ({http.HttpRequestError})"),
        _ => null,
    };
}
