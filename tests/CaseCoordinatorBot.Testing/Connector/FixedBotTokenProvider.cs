using CaseCoordinatorBot.Protocol.Connector;

namespace CaseCoordinatorBot.Testing.Connector;

/// <summary>
/// A token provider for tests: always the same token (or none, for anonymous mode), counting how often it
/// was asked, so that a test can tell no token was even fetched for a refused call.
/// </summary>
public sealed class FixedBotTokenProvider(string? token) : IBotTokenProvider
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return ValueTask.FromResult(token);
    }
}
