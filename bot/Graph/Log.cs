using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Graph;

/// <summary>Graph events: operation names, event ids, statuses and error codes; never subjects or addresses.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, EventName = "GraphCallFailed", Level = LogLevel.Warning,
        Message = "Graph {Operation} failed with status {Status} and code {ErrorCode}")]
    public static partial void CallFailed(ILogger logger, string operation, int? status, string? errorCode);

    [LoggerMessage(EventId = 7002, EventName = "GraphScheduleUnknown", Level = LogLevel.Information,
        Message = "Graph free/busy unknown for schedule {Index} of {Count}: {Reason}")]
    public static partial void ScheduleUnknown(ILogger logger, int index, int count, string reason);

    [LoggerMessage(EventId = 7003, EventName = "GraphMeetingCreated", Level = LogLevel.Information,
        Message = "Graph meeting {EventId} created for transaction {TransactionId}")]
    public static partial void MeetingCreated(ILogger logger, string eventId, string transactionId);

    [LoggerMessage(EventId = 7004, EventName = "GraphMeetingWithoutJoinUrl", Level = LogLevel.Warning,
        Message = "Graph meeting {EventId} came back without a Teams join link; is Teams enabled for the organiser mailbox?")]
    public static partial void MeetingWithoutJoinUrl(ILogger logger, string eventId);

    [LoggerMessage(EventId = 7005, EventName = "GraphMeetingCancelled", Level = LogLevel.Information,
        Message = "Graph meeting {EventId} cancelled")]
    public static partial void MeetingCancelled(ILogger logger, string eventId);

    [LoggerMessage(EventId = 7006, EventName = "GraphAnonymous", Level = LogLevel.Warning,
        Message = "Graph has no identity (no Bot:MicrosoftAppId nor Graph:ManagedIdentityClientId): calls carry no token")]
    public static partial void Anonymous(ILogger logger);
}
