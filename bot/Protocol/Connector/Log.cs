using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>Connector events: operation names, statuses and error codes only, never activity content or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1201, EventName = "ConnectorUntrustedServiceUrl", Level = LogLevel.Warning,
        Message = "Connector {Operation} refused for untrusted service host {Host}")]
    public static partial void UntrustedServiceUrlRefused(ILogger logger, string operation, string host);

    [LoggerMessage(EventId = 1202, EventName = "ConnectorCallFailed", Level = LogLevel.Warning,
        Message = "Connector {Operation} failed with status {Status} and code {ErrorCode}")]
    public static partial void CallFailed(ILogger logger, string operation, int? status, string? errorCode);

    [LoggerMessage(EventId = 1203, EventName = "ConnectorRetrying", Level = LogLevel.Information,
        Message = "Connector {Method} retry {Attempt} after status {Status} or {Exception}, waiting {Delay}")]
    public static partial void Retrying(ILogger logger, string? method, int attempt, int? status, string? exception, TimeSpan delay);

    [LoggerMessage(EventId = 1204, EventName = "ConnectorTooManyMemberPages", Level = LogLevel.Warning,
        Message = "Connector members still continued after {Pages} pages")]
    public static partial void TooManyMemberPages(ILogger logger, int pages);

    [LoggerMessage(EventId = 1205, EventName = "ConnectorTokenAcquired", Level = LogLevel.Debug,
        Message = "Connector token acquired, expiring at {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 1206, EventName = "ConnectorTokenUnavailable", Level = LogLevel.Error,
        Message = "Connector {Operation} could not get a token: {ExceptionType}")]
    public static partial void TokenUnavailable(ILogger logger, string operation, string exceptionType);
}
