namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// What the validated token said that the body checks need, set on the request's features once the JWT
/// bearer handler has accepted the token.
/// </summary>
public sealed record BotTokenFeature(string? ServiceUrl, string? KeyId);
