namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>Reason codes and ids only: never a token, a claim value or a message.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message =
        "\n****************************************************************************\n" +
        "ANONYMOUS LOCAL MODE: inbound requests are NOT authenticated;\n" +
        "for local runs with the Agents Playground only.\n" +
        "No Bot:MicrosoftAppId is configured and the server listens on loopback only.\n" +
        "****************************************************************************")]
    public static partial void AnonymousLocalMode(ILogger logger);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Critical, Message =
        "ANONYMOUS LOCAL MODE on non-loopback address(es) {Addresses}: stopping the application")]
    public static partial void AnonymousModeExposed(ILogger logger, string addresses);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Bot request refused: {Reason} ({ExceptionType})")]
    public static partial void TokenRejected(ILogger logger, string reason, string exceptionType);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Bot request refused: {Reason}")]
    public static partial void TokenMissing(ILogger logger, string reason);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Activity {ActivityId} from tenant {TenantId} refused: {Reason}")]
    public static partial void ActivityRefused(ILogger logger, string? activityId, string? tenantId, string reason);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Anonymous local request refused: {Reason}")]
    public static partial void AnonymousRequestRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Information, Message = "Bot Framework signing keys fetched: {KeyCount} keys")]
    public static partial void SigningKeysFetched(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 1307, Level = LogLevel.Warning, Message = "Bot Framework signing keys could not be fetched ({ExceptionType})")]
    public static partial void SigningKeysFetchFailed(ILogger logger, string exceptionType);
}
