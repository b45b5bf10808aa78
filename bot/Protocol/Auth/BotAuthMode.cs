namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>
/// How inbound requests are authenticated, decided once at start-up: by Bot Framework tokens, or not at all
/// (anonymous local mode, for the Agents Playground), which is allowed only with no app id and loopback-only
/// listen addresses.
/// </summary>
public sealed record BotAuthMode
{
    private BotAuthMode(bool isAnonymousLocal) => IsAnonymousLocal = isAnonymousLocal;

    public static BotAuthMode Authenticated { get; } = new(false);

    public static BotAuthMode AnonymousLocal { get; } = new(true);

    public bool IsAnonymousLocal { get; }

    /// <summary>The mode, or the reason the configuration is refused (null when it is accepted).</summary>
    public static (BotAuthMode? Mode, string? Problem) Decide(BotAuthOptions options, IReadOnlyList<string> listenAddresses)
    {
        if (options.HasAppId)
        {
            return (Authenticated, null);
        }

        var exposed = listenAddresses.Where(address => !ListenAddresses.IsLoopback(address)).ToArray();
        if (exposed.Length > 0)
        {
            return (null,
                "Bot:MicrosoftAppId is not configured, so inbound requests could not be authenticated, but the server " +
                $"is configured to listen on non-loopback address(es): {string.Join(", ", exposed)}. Set Bot:MicrosoftAppId " +
                "(and Bot:AllowedTenants), or listen on loopback only (for example --urls http://127.0.0.1:3978) " +
                "for anonymous local runs with the Agents Playground.");
        }

        return (AnonymousLocal, null);
    }
}
