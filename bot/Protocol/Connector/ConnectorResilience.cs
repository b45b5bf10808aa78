using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>
/// Retry and per-attempt timeout for connector calls. GET, PUT and DELETE are retried on 408, 429, 5xx,
/// timeouts and connection failures. A POST creates a message, so it is retried only on 429, the one answer
/// that proves nothing was created. Retry-After (seconds or an HTTP date) is honoured on 429 and 503; one
/// longer than <see cref="ConnectorOptions.MaxRetryDelay"/> ends the call rather than being cut short.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorOptions options,
        TimeProvider clock, ILogger logger)
    {
        // The clock from DI, stated rather than left to the registry's defaults: tests move it past back-offs.
        pipeline.TimeProvider = clock;
        pipeline.AddRetry(CreateRetryOptions(options, clock, logger));
        pipeline.AddTimeout(options.RequestTimeout);
    }

    public static HttpRetryStrategyOptions CreateRetryOptions(ConnectorOptions options, TimeProvider clock, ILogger logger)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldRetryAfterHeader = false,
        };
        retry.ShouldHandle = args => ValueTask.FromResult(
            ShouldRetry(args.Outcome, MethodOf(args.Outcome, args.Context), clock, options.MaxRetryDelay));
        retry.DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Result is { } response && IsThrottle(response.StatusCode) ? RetryAfter(response, clock) : null);
        retry.OnRetry = args =>
        {
            Log.Retrying(logger, MethodOf(args.Outcome, args.Context)?.Method, args.AttemptNumber + 1,
                (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name, args.RetryDelay);
            return default;
        };
        return retry;
    }

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, TimeProvider clock, TimeSpan maxDelay)
    {
        if (outcome.Result is { } response)
        {
            var status = response.StatusCode;
            if (status == HttpStatusCode.TooManyRequests)
                return WithinMaxDelay(response, clock, maxDelay);
            if (!IsIdempotent(method))
                return false;
            if (status == HttpStatusCode.ServiceUnavailable)
                return WithinMaxDelay(response, clock, maxDelay);
            return status == HttpStatusCode.RequestTimeout || (int)status >= 500;
        }

        return (outcome.Exception is TimeoutRejectedException or HttpRequestException) && IsIdempotent(method);
    }

    /// <summary>The wait a Retry-After header asks for, or null when there is none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static bool WithinMaxDelay(HttpResponseMessage response, TimeProvider clock, TimeSpan maxDelay) =>
        RetryAfter(response, clock) is not { } wait || wait <= maxDelay;

    private static bool IsThrottle(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head;

    private static HttpMethod? MethodOf(Outcome<HttpResponseMessage> outcome, ResilienceContext context) =>
        context.GetRequestMessage()?.Method ?? outcome.Result?.RequestMessage?.Method;
}
