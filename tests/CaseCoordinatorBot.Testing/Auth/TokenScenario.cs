namespace CaseCoordinatorBot.Testing.Auth;

/// <summary>
/// What a legitimate request would carry: the bot's app id (the audience), the service URL the channel sends
/// from, and the channel.
/// </summary>
public sealed record TokenScenario(string AppId, string ServiceUrl, string ChannelId = TestTokenIssuer.TeamsChannel);
