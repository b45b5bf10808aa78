namespace CaseCoordinatorBot.Testing.Auth;

/// <summary>
/// A named way to authenticate a request: <see cref="Accepted"/> variants must get through, all others must be
/// answered 401 without the activity being handled.
/// </summary>
public sealed record TokenVariant(string Name, bool Accepted, Func<TestTokenIssuer, TokenScenario, TokenRequest> Create)
{
    public override string ToString() => Name;
}
