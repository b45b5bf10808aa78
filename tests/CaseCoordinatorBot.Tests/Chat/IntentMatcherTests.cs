using System.Text;
using CaseCoordinatorBot.Chat;

namespace CaseCoordinatorBot.Tests.Chat;

public sealed class IntentMatcherTests
{
    private static readonly IntentTable Table = IntentTable.LoadEmbedded();

    private static IntentMatcher Everything(IntentMatcherOptions? options = null) =>
        new(Table, Table.Intents.Select(i => i.Command), options ?? new IntentMatcherOptions());

    public static TheoryData<string> Ambiguous() => [.. Phrasings.All.Where(p => p.Expected == Phrasings.Suggest).Select(p => p.Text)];

    [Theory]
    [MemberData(nameof(Ambiguous))]
    public void Ambiguous_input_yields_between_one_and_three_suggestions_and_runs_nothing(string text)
    {
        var result = Everything().Match(text);

        Assert.Equal(IntentOutcome.Suggest, result.Outcome);
        Assert.InRange(result.Matches.Count, 1, 3);
        Assert.Equal(result.Matches.Select(m => m.Score).OrderDescending(), result.Matches.Select(m => m.Score));
    }

    [Fact]
    public void No_question_ever_gets_more_than_three_suggestions_even_when_more_are_allowed_to_score()
    {
        var generous = Everything(new IntentMatcherOptions { SuggestScore = 0.01, AcceptScore = 1, Margin = 1 });

        var counts = Phrasings.All.Select(p => generous.Match(p.Text).Matches.Count).ToArray();

        Assert.All(counts, c => Assert.InRange(c, 0, 3));
        Assert.Contains(3, counts);
    }

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("zzzz qqqq")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!???")]
    [InlineData("12345")]
    [InlineData("the cat sat on the mat")]
    public void Nonsense_matches_no_intent_so_the_help_card_answers(string text)
    {
        var result = Everything().Match(text);

        Assert.Equal(IntentOutcome.None, result.Outcome);
        Assert.Empty(result.Matches);
    }

    [Fact]
    public void The_matcher_is_deterministic_across_calls_and_across_instances_built_from_routes_in_any_order()
    {
        var first = Everything();
        var second = new IntentMatcher(Table, Table.Intents.Select(i => i.Command).Reverse(), new IntentMatcherOptions());

        foreach (var (text, _) in Phrasings.All)
        {
            var expected = Describe(first.Match(text));
            Assert.Equal(expected, Describe(first.Match(text)));
            Assert.Equal(expected, Describe(second.Match(text)));
        }
    }

    [Fact]
    public void An_intent_whose_command_is_not_routed_is_ignored()
    {
        var routed = Table.Intents.Select(i => i.Command).Where(c => c != "conference").ToArray();
        var matcher = new IntentMatcher(Table, routed, new IntentMatcherOptions());

        Assert.Contains(matcher.Ignored, i => i.Command == "conference");
        Assert.DoesNotContain(matcher.Active, i => i.Command == "conference");
        foreach (var text in new[] { "when is the next conference for case 1234?", "conference", "book a conference" })
            Assert.DoesNotContain(matcher.Match(text).Matches, m => m.Intent.Command == "conference");
        Assert.Equal("conference", Everything().Match("when is the next conference for case 1234?").Best!.Intent.Command);
    }

    [Theory]
    [InlineData("what's happening with the referral for AB?", "status", "AB")]
    [InlineData("when is the next conference for case 1234?", "conference", "1234")]
    [InlineData("log a cocnern for CR-1042", "concern", "CR-1042")]
    [InlineData("timeline for A.B.", "chronology", "AB")]
    [InlineData("refer AB to CSC for case cr 77", "refer", "CR-77 AB")]
    [InlineData("WHO IS THE SOCIAL WORKER", "roles", "")]
    [InlineData("who is the DSL", "roles", "")]
    public void The_case_reference_and_initials_in_a_question_are_passed_to_the_command(string text, string command, string arguments)
    {
        var result = Everything().Match(text);

        Assert.Equal(IntentOutcome.Run, result.Outcome);
        Assert.Equal((command, arguments), (result.Best!.Intent.Command, result.Arguments));
    }

    [Theory]
    [InlineData("show me the chronology", "chronology me show the")]
    [InlineData("I disagree with the decision", "the decision, I disagree with")]
    [InlineData("who is the social worker?", "social worker: who is it")]
    public void Word_order_does_not_change_the_answer(string text, string reordered)
    {
        var matcher = Everything();

        Assert.Equal(matcher.Match(text).Best!.Intent.Command, matcher.Match(reordered).Best!.Intent.Command);
        Assert.Equal(IntentOutcome.Run, matcher.Match(reordered).Outcome);
    }

    [Theory]
    [InlineData("who is Jamie's social worker?", "roles")]
    [InlineData("what's happening with the referral for Jamie Smith", "status")]
    [InlineData("Show me the Chronology for Jamie", "chronology")]
    public void A_name_in_a_question_does_not_count_against_it(string text, string command)
    {
        var result = Everything().Match(text);

        Assert.Equal((IntentOutcome.Run, command), (result.Outcome, result.Best!.Intent.Command));
    }

    [Theory]
    [InlineData("organise a conference", "organize a conference")]
    [InlineData("summarise the case", "summarize the case")]
    [InlineData("worrying behaviour", "worrying behavior")]
    public void British_and_American_spellings_score_the_same(string british, string american)
    {
        var matcher = Everything();

        Assert.Equal(Describe(matcher.Match(british)), Describe(matcher.Match(american)));
    }

    [Fact]
    public void A_suggestion_threshold_above_the_accept_threshold_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Everything(new IntentMatcherOptions { AcceptScore = 0.3, SuggestScore = 0.6 }));
    }

    [Theory]
    [InlineData("""{"intents":[],"spellings":{},"stopWords":[],"commonWords":[],"notInitials":[]}""", "no intents")]
    [InlineData("""{"intents":[{"name":"a","command":"help","title":"A","phrases":["help"]},{"name":"A","command":"setup","title":"B","phrases":["setup"]}],"spellings":{},"stopWords":[],"commonWords":[],"notInitials":[]}""", "listed twice")]
    [InlineData("""{"intents":[{"name":"a","command":"help","title":"A","phrases":[]}],"spellings":{},"stopWords":[],"commonWords":[],"notInitials":[]}""", "needs phrases")]
    [InlineData("""{"intents":[{"name":"a","command":"help","title":"A","phrases":["help"]}]}""", "spellings")]
    public void A_faulty_intent_table_is_refused_saying_what_is_wrong(string json, string fault)
    {
        var error = Assert.Throws<InvalidDataException>(() => IntentTable.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(fault, error.Message);
    }

    [Fact]
    public void An_intent_added_to_the_table_is_matched_without_any_code()
    {
        var table = Table with
        {
            Intents = [.. Table.Intents, new IntentDefinition("plan", "plan", "See the child protection plan", ["plan", "show the child protection plan", "what actions are in the plan"])],
        };
        var matcher = new IntentMatcher(table, table.Intents.Select(i => i.Command), new IntentMatcherOptions());

        Assert.Equal("plan", matcher.Match("whats in the protection plan?").Best!.Intent.Command);
    }

    private static string Describe(IntentResult result) =>
        $"{result.Outcome} {result.Arguments} {result.BestScore:R} " + string.Join(",", result.Matches.Select(m => $"{m.Intent.Name}:{m.Score:R}"));
}
