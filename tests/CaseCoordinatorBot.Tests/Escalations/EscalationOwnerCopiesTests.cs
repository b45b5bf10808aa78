using System.Net.Http;
using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Protocol.Connector;

namespace CaseCoordinatorBot.Tests.Escalations;

public sealed class EscalationOwnerCopiesTests
{
    public static TheoryData<string, bool> Failures() => new()
    {
        { "429", true },
        { "503", true },
        { "403 not in roster", true },
        { "untrusted service url", true },
        { "500", false },
        { "502", false },
        { "timeout", false },
        { "connection dropped", false },
    };

    private static ConnectorException Failure(string name) => name switch
    {
        "429" => new ConnectorException(429, "TooManyRequests", "throttled") { RetryAfter = TimeSpan.FromMinutes(5) },
        "503" => new ConnectorException(503, "ServiceUnavailable", "unavailable"),
        "403 not in roster" => new ConnectorException(403, "BotNotInConversationRoster", "refused"),
        "untrusted service url" => new ConnectorException(null, "UntrustedServiceUrl", "refused before sending"),
        "500" => new ConnectorException(500, "InternalServerError", "failed"),
        "502" => new ConnectorException(502, null, "bad gateway"),
        "timeout" => new ConnectorException(null, "Timeout", "timed out"),
        _ => new ConnectorException(null, "ConnectionFailed", "no answer", new HttpRequestException(HttpRequestError.ResponseEnded)),
    };

    /// <summary>Only an answer that proves nothing was posted frees a post's key for a retry; anything else may have landed.</summary>
    [Theory]
    [MemberData(nameof(Failures))]
    public void A_post_may_be_made_again_only_after_an_answer_that_proves_nothing_was_posted(string failure, bool nothingPosted) =>
        Assert.Equal(nothingPosted, EscalationOwnerCopies.NothingPosted(Failure(failure)));

    [Fact]
    public void Copy_keys_are_per_stage_so_a_new_stage_gets_a_fresh_copy() =>
        Assert.NotEqual(EscalationOwnerCopies.CopyKey(1), EscalationOwnerCopies.CopyKey(2));
}
