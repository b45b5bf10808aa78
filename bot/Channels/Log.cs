namespace CaseCoordinatorBot.Channels;

internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Turn {CorrelationId}: installed in a {ConversationType} conversation (first time: {First})")]
    public static partial void Installed(ILogger logger, string correlationId, string conversationType, bool first);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Turn {CorrelationId}: channel linked to case {CaseRef}")]
    public static partial void CaseLinked(ILogger logger, string correlationId, string caseRef);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Turn {CorrelationId}: channel linked as a {DeskKind} desk")]
    public static partial void DeskLinked(ILogger logger, string correlationId, string deskKind);
}
