namespace CaseCoordinatorBot.Chat;

/// <summary>
/// Matches a plain question to the bot's commands, deterministically and without any outside service (what
/// staff type is special-category data). Each intent's phrasings from <see cref="IntentTable"/> are bags of
/// words, so word order does not matter; a word is weighted by how few intents use it, so "chronology"
/// counts for more than "show"; a misspelt word counts as the nearest known word within one or two edits
/// (an adjacent swap is one). The score is the weighted overlap (Dice) of the question with an intent's
/// closest phrasing; words it does not know count against every intent, except capitalised ones taken for
/// names. Intents whose command is not routed are left out when the matcher is built.
/// </summary>
public sealed class IntentMatcher
{
    private readonly TextNormaliser normaliser;
    private readonly IntentMatcherOptions options;
    private readonly IReadOnlyList<CompiledIntent> intents;
    private readonly Dictionary<string, double> weights;
    private readonly string[] vocabulary;

    public IntentMatcher(IntentTable table, IEnumerable<string> routedCommands, IntentMatcherOptions options)
    {
        if (!options.IsConsistent) throw new ArgumentException("The suggestion score must not be above the accept score.", nameof(options));
        this.options = options;
        normaliser = new TextNormaliser(table);
        var routed = routedCommands.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Active = table.Intents.Where(i => routed.Contains(i.Command)).ToArray();
        Ignored = table.Intents.Where(i => !routed.Contains(i.Command)).ToArray();
        intents = Active.Select(i => new CompiledIntent(i, i.Phrases
            .Select(p => normaliser.Words(p).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            .Where(words => words.Length > 0)
            .ToArray())).ToArray();
        if (intents.FirstOrDefault(i => i.Phrases.Length == 0) is { } empty)
            throw new InvalidDataException($"The intent '{empty.Definition.Name}' has no phrase with a word that is not a stop word.");

        // Inverse intent frequency: a word in one intent of thirteen weighs ln 14 = 2.6, a word in all ln 2 = 0.7.
        var intentsUsing = intents.SelectMany(i => i.Phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal))
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = table.CommonWords.SelectMany(normaliser.Words).ToHashSet(StringComparer.Ordinal);
        weights = intentsUsing.ToDictionary(w => w.Key,
            w => common.Contains(w.Key) ? options.CommonWordWeight : Math.Log(1.0 + (double)intents.Count / w.Value), StringComparer.Ordinal);
        vocabulary = [.. weights.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The intents whose command is routed, in table order.</summary>
    public IReadOnlyList<IntentDefinition> Active { get; }

    /// <summary>The intents left out because nothing routes their command (yet).</summary>
    public IReadOnlyList<IntentDefinition> Ignored { get; }

    public IntentResult Match(string text)
    {
        var question = normaliser.Normalise(text);
        var arguments = string.Join(' ', new[] { question.CaseRef, question.Initials }.Where(a => a.Length > 0));

        // Each known word with what it is worth (1 as typed, less when it was a typo); unknown words count against.
        var known = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var unknownWeight = 0.0;
        foreach (var word in question.Words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (weights.ContainsKey(word)) known[word] = 1.0;
            else if (Nearest(word) is { } nearest) known[nearest] = Math.Max(known.GetValueOrDefault(nearest), options.TypoFactor);
            else if (!question.PossibleNames.Contains(word)) unknownWeight += options.UnknownWordWeight;
        }
        if (known.Count == 0) return new IntentResult(IntentOutcome.None, [], arguments, 0);
        var questionWeight = unknownWeight + known.Keys.Sum(w => weights[w]);

        var ranked = intents
            .Select((intent, order) => (Match: new IntentMatch(intent.Definition, Math.Round(intent.Phrases.Max(p => Dice(p, known, questionWeight)), 4)), Order: order))
            .OrderByDescending(m => m.Match.Score).ThenBy(m => m.Order)
            .Select(m => m.Match)
            .ToArray();
        var best = ranked[0];
        var second = ranked.Length > 1 ? ranked[1].Score : 0;
        if (best.Score >= options.AcceptScore && best.Score - second >= options.Margin)
            return new IntentResult(IntentOutcome.Run, [best], arguments, best.Score);
        var suggestions = ranked.Where(m => m.Score >= options.SuggestScore).Take(options.MaxSuggestions).ToArray();
        return suggestions.Length > 0
            ? new IntentResult(IntentOutcome.Suggest, suggestions, arguments, best.Score)
            : new IntentResult(IntentOutcome.None, [], arguments, best.Score);
    }

    private double Dice(string[] phrase, SortedDictionary<string, double> known, double questionWeight)
    {
        double shared = 0, phraseWeight = 0;
        foreach (var word in phrase)
        {
            phraseWeight += weights[word];
            if (known.TryGetValue(word, out var worth)) shared += weights[word] * worth;
        }
        return 2 * shared / (questionWeight + phraseWeight);
    }

    /// <summary>The known word a typo most likely meant: fewest edits, then most shared letter triples, then alphabetical.</summary>
    private string? Nearest(string word)
    {
        var allowed = word.Length <= 5 ? 1 : 2;
        string? nearest = null;
        int nearestDistance = int.MaxValue;
        double nearestSimilarity = 0;
        foreach (var candidate in vocabulary)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed) continue;
            var distance = EditDistance.Between(word, candidate);
            if (distance > allowed) continue;
            // Three letters leave too little to go on: only a swap ("lgo") is taken as a typo.
            if (word.Length <= 3 && (candidate.Length != word.Length || !word.Order().SequenceEqual(candidate.Order()))) continue;
            var similarity = EditDistance.TrigramSimilarity(word, candidate);
            if (distance < nearestDistance || (distance == nearestDistance && similarity > nearestSimilarity))
                (nearest, nearestDistance, nearestSimilarity) = (candidate, distance, similarity);
        }
        return nearest;
    }

    private sealed record CompiledIntent(IntentDefinition Definition, string[][] Phrases);
}
