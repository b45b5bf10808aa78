namespace CaseCoordinatorBot.Chat;

// Intent names and scores only: never what was typed, which may name a child or describe what happened.
internal static partial class Log
{
    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "Intent matcher ready with {Active} intents; ignored (command not routed): {Ignored}")]
    public static partial void IntentsReady(ILogger logger, int active, string ignored);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Turn {CorrelationId}: plain question matched intent {Intent} with score {Score}")]
    public static partial void IntentMatched(ILogger logger, string correlationId, string intent, double score);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Turn {CorrelationId}: plain question unsure, suggested {Intents} (best score {Score})")]
    public static partial void IntentsSuggested(ILogger logger, string correlationId, string intents, double score);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Turn {CorrelationId}: plain question matched no intent (best score {Score}); help shown")]
    public static partial void NoIntent(ILogger logger, string correlationId, double score);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Turn {CorrelationId}: suggestion {Intent} chosen")]
    public static partial void SuggestionChosen(ILogger logger, string correlationId, string intent);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Warning, Message = "Turn {CorrelationId}: a suggestion for a command that is not offered was refused")]
    public static partial void SuggestionRefused(ILogger logger, string correlationId);
}
