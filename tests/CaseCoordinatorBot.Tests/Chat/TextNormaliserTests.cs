using CaseCoordinatorBot.Chat;

namespace CaseCoordinatorBot.Tests.Chat;

public sealed class TextNormaliserTests
{
    private static readonly TextNormaliser Normaliser = new(IntentTable.LoadEmbedded());

    [Theory]
    [InlineData("worried", "worrying", "worries")]
    [InlineData("referred", "referring", "refer")]
    [InlineData("escalate", "escalating", "escalates")]
    [InlineData("organise", "organizing", "organised")]
    public void Forms_of_one_word_become_the_same_word(string a, string b, string c)
    {
        var words = new[] { a, b, c }.Select(w => Assert.Single(Normaliser.Words(w))).Distinct().ToArray();

        Assert.Single(words);
    }

    [Theory]
    [InlineData("What's overdue?", "what is overdue")]
    [InlineData("who\u2019s the social worker", "who is the social worker")]
    [InlineData("refer to children's social care", "refer to social care")]
    [InlineData("refer to social services", "refer to social care")]
    [InlineData("set-up", "setup")]
    [InlineData("I don't agree", "I do not agree")]
    public void Contractions_curly_apostrophes_and_hyphens_are_read_as_plain_words(string text, string plain)
    {
        Assert.Equal(Normaliser.Words(plain), Normaliser.Normalise(text).Words);
        Assert.DoesNotContain(Normaliser.Normalise(text).Words, w => w.Contains('\'') || w.Contains('-'));
    }

    [Theory]
    [InlineData("timeline for AB please", "", "AB")]
    [InlineData("timeline for A.B.", "", "AB")]
    [InlineData("case 1234 timeline", "1234", "")]
    [InlineData("cr-1042 timeline", "CR-1042", "")]
    [InlineData("refer to CSC", "", "")]
    [InlineData("SHOW THE TIMELINE", "", "")]
    public void A_case_reference_and_initials_are_taken_out_of_the_words(string text, string caseRef, string initials)
    {
        var normalised = Normaliser.Normalise(text);

        Assert.Equal((caseRef, initials), (normalised.CaseRef, normalised.Initials));
        Assert.DoesNotContain(normalised.Words, w => w is "ab" or "1234" or "cr" or "1042");
    }

    [Theory]
    [InlineData("concern", "concren", 1)]
    [InlineData("help", "hepl", 1)]
    [InlineData("chronology", "chronolgy", 1)]
    [InlineData("referral", "refferal", 2)]
    [InlineData("escalate", "escalate", 0)]
    public void Edit_distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }
}
