namespace CaseCoordinatorBot.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "Request {CorrelationId} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string correlationId, string reason);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Request {CorrelationId}: redelivered activity ignored")]
    public static partial void Redelivery(ILogger logger, string correlationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Request {CorrelationId}: turn failed with {ExceptionType}")]
    public static partial void TurnFailed(ILogger logger, string correlationId, string exceptionType);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message =
        "****************************************************************************\n" +
        "TEST CLOCK CONTROL IS ON: POST /_test/clock/advance moves this bot's clock forward.\n" +
        "For end-to-end tests in anonymous local mode only; never in a deployment.\n" +
        "****************************************************************************")]
    public static partial void TestClockOn(ILogger logger);
}
