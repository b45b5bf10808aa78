using CaseCoordinatorBot.Chat;
using Xunit.Abstractions;

namespace CaseCoordinatorBot.Tests.Chat;

public sealed class IntentAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.95;

    [Fact]
    public void At_least_95_percent_of_the_labelled_phrasings_get_what_they_expect()
    {
        var table = IntentTable.LoadEmbedded();
        // Every intent as if its command were routed: the phrasings include commands still to come.
        var matcher = new IntentMatcher(table, table.Intents.Select(i => i.Command), new IntentMatcherOptions());
        var misses = new List<string>();
        foreach (var (text, expected) in Phrasings.All)
        {
            var result = matcher.Match(text);
            var actual = Outcome(result);
            if (actual != expected)
                misses.Add($"  '{text}': expected {expected}, got {actual} ({string.Join(", ", result.Matches.Select(m => $"{m.Intent.Command} {m.Score:0.00}"))}; best {result.BestScore:0.00})");
        }

        var accuracy = 1.0 - (double)misses.Count / Phrasings.All.Count;
        var report = $"Intent matcher accuracy: {accuracy:P1} ({Phrasings.All.Count - misses.Count} of {Phrasings.All.Count} phrasings)";
        output.WriteLine(report);
        Console.WriteLine(report);
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
            Console.WriteLine(miss);
        }
        Assert.True(Phrasings.All.Count >= 150, $"Only {Phrasings.All.Count} labelled phrasings; the bar is 150.");
        Assert.True(accuracy >= RequiredAccuracy, report);
    }

    internal static string Outcome(IntentResult result) => result.Outcome switch
    {
        IntentOutcome.Run => result.Best!.Intent.Command,
        IntentOutcome.Suggest => Phrasings.Suggest,
        _ => Phrasings.None,
    };
}
