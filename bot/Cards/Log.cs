using Microsoft.Extensions.Logging;

namespace CaseCoordinatorBot.Cards;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, EventName = "CardTemplatesLoaded", Message = "Loaded {Count} card templates from {Directory}")]
    public static partial void CardTemplatesLoaded(ILogger logger, int count, string directory);
}
