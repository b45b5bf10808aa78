using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Flags jargon and vague phrases in what a professional wrote and asks for what was actually seen or said.
/// The word list is data (<c>bot/Concerns/plain-language.json</c>, embedded in the bot) so that it can be
/// changed without touching code.
/// </summary>
public sealed class PlainLanguageCheck
{
    private readonly IReadOnlyList<Rule> rules;

    public PlainLanguageCheck(PlainLanguageList list)
    {
        var phraseRules = list.Phrases.Select(p => new Rule(
            p.Phrases[0],
            new Regex(@"(?<![\w-])(?:" + string.Join('|', p.Phrases.Select(Regex.Escape)) + @")(?![\w-])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)),
            null, p.Suggestion));
        var acronymRules = list.Acronyms.Select(a => new Rule(
            a.Acronym,
            new Regex(@"(?<![\w-])" + Regex.Escape(a.Acronym) + @"(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)),
            a.Meanings, a.Suggestion));
        rules = [.. phraseRules, .. acronymRules];
    }

    /// <summary>The list shipped with the bot.</summary>
    public static PlainLanguageList LoadEmbedded()
    {
        using var stream = typeof(PlainLanguageCheck).Assembly.GetManifestResourceStream("CaseCoordinatorBot.Concerns.plain-language.json")
            ?? throw new InvalidOperationException("The plain-language word list is not embedded in the bot.");
        return JsonSerializer.Deserialize<PlainLanguageList>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("The plain-language word list is empty.");
    }

    /// <summary>One flag per rule that matches any of the texts, in the order of the list.</summary>
    public IReadOnlyList<PlainLanguageFlag> Check(params string?[] texts)
    {
        var text = string.Join("\n", texts.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (text.Length == 0) return [];
        return rules
            .Where(r => r.Pattern.IsMatch(text)
                && !(r.Meanings?.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)) ?? false))
            .Select(r => new PlainLanguageFlag(r.Name, r.Suggestion))
            .ToArray();
    }

    private sealed record Rule(string Name, Regex Pattern, IReadOnlyList<string>? Meanings, string Suggestion);
}

/// <summary>A phrase found, and what to write instead.</summary>
public sealed record PlainLanguageFlag(string Phrase, string Suggestion);

/// <summary>The shape of <c>plain-language.json</c>.</summary>
public sealed record PlainLanguageList(IReadOnlyList<PhraseRule> Phrases, IReadOnlyList<AcronymRule> Acronyms);

public sealed record PhraseRule(IReadOnlyList<string> Phrases, string Suggestion);

public sealed record AcronymRule(string Acronym, IReadOnlyList<string> Meanings, string Suggestion);
