using Azure.Core;

namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>
/// A credential for tests: always the same token, valid for an hour, recording the scopes asked for. Give it to
/// <c>new GraphAuthentication(credential, fake.BaseUrl)</c> and set the fake's <c>ExpectedBearerToken</c>.
/// </summary>
public sealed class FixedTokenCredential(string token = FixedTokenCredential.DefaultToken) : TokenCredential
{
    public const string DefaultToken = "graph-test-token";

    private readonly Lock gate = new();
    private readonly List<string> scopes = [];

    public IReadOnlyList<string> Scopes
    {
        get { lock (gate) return [.. scopes]; }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (gate) scopes.AddRange(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
