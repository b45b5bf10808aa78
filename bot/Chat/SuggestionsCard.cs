namespace CaseCoordinatorBot.Chat;

/// <summary>Data of <c>cards/chat/suggestions.json</c>: what the question might have meant, one button each.</summary>
/// <param name="About">The case reference and initials the question named ("CR-1042 AB"), or empty.</param>
public sealed record SuggestionsCard(string About, IReadOnlyList<SuggestionChoice> Choices)
{
    public static SuggestionsCard From(IntentResult result) => new(
        result.Arguments,
        result.Matches.Select(m => new SuggestionChoice(m.Intent.Title, m.Intent.Command, result.Arguments)).ToArray());
}

/// <param name="Command">Sent back with verb <c>chat.suggestion</c>, with the arguments, when the button is pressed.</param>
public sealed record SuggestionChoice(string Title, string Command, string Arguments);
