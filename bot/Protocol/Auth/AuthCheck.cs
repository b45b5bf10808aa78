namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>The outcome of <see cref="ActivityTokenChecks"/>: the endpoint answers <see cref="StatusCode"/> on failure.</summary>
public sealed record AuthCheck(bool Succeeded, int StatusCode, string? Reason)
{
    public static AuthCheck Ok { get; } = new(true, StatusCodes.Status200OK, null);

    public static AuthCheck Unauthorized(string reason) => new(false, StatusCodes.Status401Unauthorized, reason);

    public static AuthCheck Forbidden(string reason) => new(false, StatusCodes.Status403Forbidden, reason);
}
