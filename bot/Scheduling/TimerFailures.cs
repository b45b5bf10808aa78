using CaseCoordinatorBot.Protocol.Connector;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// Which handler failures end a timer instead of being retried. A connector call that got no answer (it timed out,
/// or the connection dropped after the request went) may have posted its message: Teams has no way to ask, and a
/// nudge is a POST, which the connector client itself never repeats after such a failure. Running the handler again
/// could post the nudge twice, so the timer is parked as failed (logged as an error) rather than retried: at most
/// once where the outcome is unknown. Every other failure, 429 and 503 answers included (they prove nothing was
/// created), is retried with back-off, or after the Retry-After the connector asked for.
/// </summary>
internal static class TimerFailures
{
    /// <summary>A short, safe description of a failure for <see cref="TimerRecord.LastError"/>: type and error code, no message.</summary>
    public static string Describe(Exception failure) => failure is ConnectorException { ErrorCode: { } code }
        ? $"{failure.GetType().Name}:{code}"
        : failure.GetType().Name;

    /// <summary>
    /// The wait a throttled connector call asked for, when the connector client gave up rather than wait that long:
    /// the retry comes no sooner (a 429 or 503 answer proves nothing was posted, so retrying sends it once).
    /// </summary>
    public static TimeSpan? RetryAfter(Exception failure) =>
        failure is ConnectorException { StatusCode: 429 or 503, RetryAfter: { } wait } ? wait : null;

    public static bool OutcomeUnknown(Exception failure) => failure is ConnectorException { StatusCode: null } connector
        && connector.ErrorCode switch
        {
            "Timeout" => true,
            "ConnectionFailed" => !NeverConnected(connector.InnerException),
            _ => false,
        };

    private static bool NeverConnected(Exception? failure) => failure is HttpRequestException
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError,
    };
}
