namespace CaseCoordinatorBot.Chat;

/// <summary>What the matcher made of a question.</summary>
public enum IntentOutcome
{
    /// <summary>One intent is clearly meant: run its command.</summary>
    Run,

    /// <summary>Several could be meant, or one not clearly enough: offer them as buttons.</summary>
    Suggest,

    /// <summary>Nothing the bot does: show the help card.</summary>
    None,
}

/// <summary>One intent's score for a question.</summary>
public sealed record IntentMatch(IntentDefinition Intent, double Score);

/// <param name="Matches">Ranked best first: one for <see cref="IntentOutcome.Run"/>, the suggestions (at most three) for
/// <see cref="IntentOutcome.Suggest"/>, none for <see cref="IntentOutcome.None"/>.</param>
/// <param name="Arguments">What the question was about, for the command: a case reference and initials (e.g. "1234 AB"), or empty.</param>
/// <param name="BestScore">The best score of any intent, for the log.</param>
public sealed record IntentResult(IntentOutcome Outcome, IReadOnlyList<IntentMatch> Matches, string Arguments, double BestScore)
{
    public IntentMatch? Best => Matches.Count > 0 ? Matches[0] : null;
}
