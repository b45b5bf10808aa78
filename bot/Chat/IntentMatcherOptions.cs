using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Chat;

/// <summary>
/// How sure the intent matcher must be (section <c>Chat:Intents</c>). Scores run from 0 (nothing in common
/// with any phrasing) to 1 (a phrasing, word for word).
/// </summary>
public sealed class IntentMatcherOptions
{
    public const string Section = "Chat:Intents";

    /// <summary>The best intent's score at or above which its command runs without asking.</summary>
    [Range(0.0, 1.0)]
    public double AcceptScore { get; set; } = 0.5;

    /// <summary>How far ahead of the second intent the best must be to run; closer than this, the user chooses.</summary>
    [Range(0.0, 1.0)]
    public double Margin { get; set; } = 0.1;

    /// <summary>The lowest score offered as a suggestion; when nothing reaches it, the help card answers.</summary>
    [Range(0.0, 1.0)]
    public double SuggestScore { get; set; } = 0.35;

    /// <summary>At most this many suggestion buttons.</summary>
    [Range(1, 3)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>How much a word the table does not know counts against a match, against the 0.7 to 2.6 of known words.</summary>
    [Range(0.0, 10.0)]
    public double UnknownWordWeight { get; set; } = 1.5;

    /// <summary>What a common word of the table ("what", "can", "my") weighs, whichever intents use it.</summary>
    [Range(0.0, 10.0)]
    public double CommonWordWeight { get; set; } = 0.5;

    /// <summary>What a misspelt word is worth against the word itself.</summary>
    [Range(0.0, 1.0)]
    public double TypoFactor { get; set; } = 0.8;

    public bool IsConsistent => SuggestScore <= AcceptScore;
}
