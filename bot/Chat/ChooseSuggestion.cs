using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Chat;

public sealed record ChooseSuggestionData(string? Command, string? Arguments);

/// <summary>A suggestion button pressed: runs the chosen command as if it had been typed, and its answer replaces the suggestions.</summary>
public sealed class ChooseSuggestion(IntentMatcher matcher, IntentCommands commands, ILogger<ChooseSuggestion> logger)
    : IVerbHandler<ChooseSuggestionData>
{
    private const int MaxArgumentsLength = 100;

    public static string Verb => "chat.suggestion";

    public async Task<TurnReply> HandleAsync(Turn turn, ChooseSuggestionData data, CancellationToken cancellationToken)
    {
        // Card data can be crafted: only a command the matcher could have offered runs, and only as typing it would.
        var intent = matcher.Active.FirstOrDefault(i => string.Equals(i.Command, data.Command, StringComparison.OrdinalIgnoreCase));
        if (intent is null)
        {
            Log.SuggestionRefused(logger, turn.CorrelationId);
            return TurnReply.Problem("That choice is not available any more. Type 'help' to see what the bot can do here.");
        }
        Log.SuggestionChosen(logger, turn.CorrelationId, intent.Name);
        var arguments = (data.Arguments ?? "").Trim();
        return await commands.RunAsync(turn, intent, arguments.Length > MaxArgumentsLength ? "" : arguments, cancellationToken);
    }
}
