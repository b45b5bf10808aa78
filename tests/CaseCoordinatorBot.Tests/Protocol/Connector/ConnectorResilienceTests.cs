using System.Net;
using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

public sealed class ConnectorResilienceTests
{
    private static readonly FakeTimeProvider Clock = new();

    [Theory]
    [InlineData("GET", 500, true)]
    [InlineData("GET", 503, true)]
    [InlineData("GET", 408, true)]
    [InlineData("GET", 429, true)]
    [InlineData("PUT", 502, true)]
    [InlineData("DELETE", 504, true)]
    [InlineData("POST", 429, true)]
    [InlineData("POST", 500, false)]
    [InlineData("POST", 503, false)]
    [InlineData("POST", 408, false)]
    [InlineData("GET", 404, false)]
    [InlineData("GET", 400, false)]
    [InlineData("PUT", 409, false)]
    [InlineData("PUT", 403, false)]
    public void Only_answers_that_are_safe_to_repeat_are_retried(string method, int status, bool retried)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status);

        var decision = ConnectorResilience.ShouldRetry(Outcome.FromResult(response), new HttpMethod(method), Clock, TimeSpan.FromSeconds(30));

        Assert.Equal(retried, decision);
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("POST", false)]
    public void Timeouts_and_connection_failures_are_retried_only_for_idempotent_methods(string method, bool retried)
    {
        var timeout = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());
        var connection = Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ResponseEnded));

        Assert.Equal(retried, ConnectorResilience.ShouldRetry(timeout, new HttpMethod(method), Clock, TimeSpan.FromSeconds(30)));
        Assert.Equal(retried, ConnectorResilience.ShouldRetry(connection, new HttpMethod(method), Clock, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Retry_After_is_read_as_seconds_or_as_a_date_and_a_past_date_means_no_wait()
    {
        var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.Add("Retry-After", "7");
        var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.Add("Retry-After", Clock.GetUtcNow().AddSeconds(12).ToString("R"));
        var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.Add("Retry-After", Clock.GetUtcNow().AddSeconds(-12).ToString("R"));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorResilience.RetryAfter(seconds, Clock));
        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorResilience.RetryAfter(date, Clock));
        Assert.Equal(TimeSpan.Zero, ConnectorResilience.RetryAfter(past, Clock));
        Assert.Null(ConnectorResilience.RetryAfter(new HttpResponseMessage(HttpStatusCode.TooManyRequests), Clock));
    }

    [Fact]
    public void Back_off_is_exponential_with_jitter_and_bounded_by_the_options()
    {
        var options = new ConnectorOptions();

        var retry = ConnectorResilience.CreateRetryOptions(options, Clock, NullLogger.Instance);

        Assert.Equal(3, retry.MaxRetryAttempts);
        Assert.Equal(DelayBackoffType.Exponential, retry.BackoffType);
        Assert.True(retry.UseJitter);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(30), retry.MaxDelay);
    }
}
