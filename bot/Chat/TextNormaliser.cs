using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseCoordinatorBot.Chat;

/// <summary>
/// Turns what someone typed into comparable words: case folded, contractions and American spellings
/// rewritten (from the table), function words dropped, plurals and -ing/-ed endings trimmed. A case reference
/// and a child's initials are taken out first: they are what the question is about, not what it asks.
/// </summary>
public sealed partial class TextNormaliser
{
    private readonly IReadOnlyList<KeyValuePair<string, string[]>> phrases;
    private readonly Dictionary<string, string[]> words;
    private readonly HashSet<string> stopWords;
    private readonly HashSet<string> notInitials;

    public TextNormaliser(IntentTable table)
    {
        var spellings = table.Spellings.ToDictionary(s => s.Key.ToLowerInvariant(), s => Split(s.Value.ToLowerInvariant()));
        words = spellings.Where(s => !s.Key.Contains(' ')).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        // Longest first so that "childrens social care" wins over "social care"; ordinal for a fixed order.
        phrases = spellings.Where(s => s.Key.Contains(' '))
            .OrderByDescending(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        stopWords = table.StopWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        notInitials = table.NotInitials.Select(w => w.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words of a question, and the case reference and initials it mentions (empty when none).</summary>
    public NormalisedText Normalise(string text)
    {
        text = (text ?? "").Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'');
        var caseRef = "";
        if (CaseReference().Match(text) is { Success: true } reference)
        {
            caseRef = reference.Groups["ref"].Value.ToUpperInvariant().Replace(' ', '-');
            text = text.Remove(reference.Index, reference.Length).Insert(reference.Index, " ");
        }
        var initials = "";
        // In a shouted message every short word looks like initials.
        if (text.Any(char.IsLower) && Initials().Matches(text).FirstOrDefault(m => !notInitials.Contains(m.Value.Replace(".", ""))) is { } found)
        {
            initials = found.Value.Replace(".", "");
            text = text.Remove(found.Index, found.Length).Insert(found.Index, " ");
        }
        // "Jamie" in "worried about Jamie Smith" is who the question is about: the matcher leaves such words out
        // unless they are words it knows ("Show me the Chronology").
        var names = Name().Matches(text).SelectMany(m => Words(m.Value)).ToHashSet(StringComparer.Ordinal);
        return new NormalisedText(Words(text), caseRef, initials, names);
    }

    /// <summary>The comparable words of a phrase from the table (no entities taken out).</summary>
    public IReadOnlyList<string> Words(string text)
    {
        var tokens = new List<string>();
        foreach (Match token in Token().Matches(text.ToLowerInvariant()))
        {
            var word = token.Value.Trim('\'');
            if (word.Length == 0) continue;
            if (words.TryGetValue(word, out var replacement)) tokens.AddRange(replacement);
            else tokens.Add(word.Replace("'", "", StringComparison.Ordinal));
        }
        var joined = " " + string.Join(' ', tokens) + " ";
        foreach (var (phrase, replacement) in phrases)
            joined = joined.Replace(" " + phrase + " ", " " + string.Join(' ', replacement) + " ", StringComparison.Ordinal);
        return Split(joined).Where(w => !stopWords.Contains(w)).Select(Stem).Where(w => w.Length > 0).ToArray();
    }

    /// <summary>A light, predictable stemmer: enough to make "worried", "worrying" and "worries" one word.</summary>
    internal static string Stem(string word)
    {
        if (word.Length > 3 && word.All(char.IsDigit)) return "";
        if (IzeEnding().Match(word) is { Success: true } ize) word = word[..ize.Index] + "is" + word[(ize.Index + 2)..];
        if (word.Length > 4 && (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)))
            return word[..^3] + "y";
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) word = Undouble(word[..^3]);
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !word.EndsWith("eed", StringComparison.Ordinal)) word = Undouble(word[..^2]);
        else if (word.EndsWith('s') && word.Length > 3 && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
            word = word[..^1];
        // "escalate", "escalates" and "escalating" all become "escalat".
        return word.Length > 4 && word[^1] == 'e' && word[^2] != 'e' ? word[..^1] : word;
    }

    // "referr" -> "refer", "logg" -> "log"; "call" stays (ll is kept, as in "called").
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'o') ? stem[..^1] : stem;

    private static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"(?<![\w-])(?:case\s+|#)?(?<ref>CR[-\s]?\d{2,}|\d{3,})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseReference();

    [GeneratedRegex(@"(?<![\w.])(?:[A-Z]\.){2,3}(?!\w)|(?<![\w.])[A-Z]{2,3}(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    // A capitalised word that does not start the message or a sentence.
    [GeneratedRegex(@"(?<=[^\s.!?]\s+)\p{Lu}\p{Ll}+(?:'s)?(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<=\w{2})iz(?=(?:e|es|ed|ing|ation|ations)$)", RegexOptions.CultureInvariant)]
    private static partial Regex IzeEnding();
}

/// <summary>A question reduced to its words, with what it was about.</summary>
/// <param name="CaseRef">As "CR-1042" or "1234", or empty.</param>
/// <param name="Initials">As "AB", or empty.</param>
/// <param name="PossibleNames">Words that were capitalised mid-sentence, as <paramref name="Words"/> has them.</param>
public sealed record NormalisedText(IReadOnlyList<string> Words, string CaseRef, string Initials, IReadOnlySet<string> PossibleNames);
