using System.Net.Http;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Tests.Scheduling;

public sealed class TimerFailuresTests
{
    public static TheoryData<string, bool> Failures() => new()
    {
        { "timeout", true },
        { "connection dropped after sending", true },
        { "connection refused", false },
        { "name not resolved", false },
        { "429", false },
        { "503", false },
        { "403 not in roster", false },
        { "storage conflict", false },
    };

    private static Exception Failure(string name) => name switch
    {
        "timeout" => new ConnectorException(null, "Timeout", "Connector SendToConversation timed out."),
        "connection dropped after sending" => new ConnectorException(null, "ConnectionFailed", "no answer",
            new HttpRequestException(HttpRequestError.ResponseEnded)),
        "connection refused" => new ConnectorException(null, "ConnectionFailed", "no answer",
            new HttpRequestException(HttpRequestError.ConnectionError)),
        "name not resolved" => new ConnectorException(null, "ConnectionFailed", "no answer",
            new HttpRequestException(HttpRequestError.NameResolutionError)),
        "429" => new ConnectorException(429, "TooManyRequests", "throttled"),
        "503" => new ConnectorException(503, "ServiceUnavailable", "unavailable"),
        "403 not in roster" => new ConnectorException(403, "BotNotInConversationRoster", "refused"),
        _ => new CaseCoordinatorBot.Storage.DocumentConflictException("timers/x"),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_a_connector_call_that_may_have_landed_ends_a_timer_without_retry(string failure, bool outcomeUnknown) =>
        Assert.Equal(outcomeUnknown, TimerFailures.OutcomeUnknown(Failure(failure)));

    [Fact]
    public void A_failure_is_described_by_its_type_and_error_code_never_its_message() =>
        Assert.Equal(("ConnectorException:Timeout", "InvalidOperationException"),
            (TimerFailures.Describe(Failure("timeout")), TimerFailures.Describe(new InvalidOperationException("about Ann"))));

    [Fact]
    public void A_throttled_connector_call_is_retried_after_the_wait_its_answer_asked_for_and_nothing_else_is() =>
        Assert.Equal(((TimeSpan?)TimeSpan.FromMinutes(3), (TimeSpan?)TimeSpan.FromSeconds(40), (TimeSpan?)null, (TimeSpan?)null, (TimeSpan?)null),
            (TimerFailures.RetryAfter(new ConnectorException(429, null, "throttled") { RetryAfter = TimeSpan.FromMinutes(3) }),
             TimerFailures.RetryAfter(new ConnectorException(503, null, "unavailable") { RetryAfter = TimeSpan.FromSeconds(40) }),
             TimerFailures.RetryAfter(Failure("429")),
             TimerFailures.RetryAfter(new ConnectorException(403, null, "refused") { RetryAfter = TimeSpan.FromMinutes(3) }),
             TimerFailures.RetryAfter(new InvalidOperationException())));
}
