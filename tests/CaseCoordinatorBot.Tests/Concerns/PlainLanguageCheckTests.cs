using CaseCoordinatorBot.Concerns;

namespace CaseCoordinatorBot.Tests.Concerns;

public sealed class PlainLanguageCheckTests
{
    private static readonly PlainLanguageCheck Check = new(PlainLanguageCheck.LoadEmbedded());

    [Theory]
    [InlineData("A. disclosed that her stepdad hurt her at the weekend.", "disclosed")]
    [InlineData("J. made a disclosure to the TA during lunch.", "disclosed")]
    [InlineData("Mum was inappropriate at pick-up and shouted at staff.", "inappropriate")]
    [InlineData("He touched another pupil inappropriately in the line.", "inappropriate")]
    [InlineData("There has been concerning behaviour in PE this week.", "concerning behaviour")]
    [InlineData("Presented as withdrawn and tired all morning.", "presented as")]
    [InlineData("Home visit completed, no concerns.", "no concerns")]
    [InlineData("Case is open to CIN and the family are aware.", "CIN")]
    [InlineData("Referral went to MASH yesterday but was NFA.", "MASH")]
    [InlineData("Referral went to MASH yesterday but was NFA.", "NFA")]
    [InlineData("EH worker is visiting fortnightly.", "EH")]
    [InlineData("Sibling was on a CP plan two years ago.", "CP")]
    [InlineData("Police said an S47 may follow.", "S47")]
    [InlineData("I have spoken to the LADO already.", "LADO")]
    [InlineData("Logging this as a low-level concern for now.", "low-level concern")]
    [InlineData("Sexualised behaviour seen in the play area.", "sexualised behaviour")]
    [InlineData("Child kicked off after lunch and the class was evacuated.", "challenging behaviour")]
    [InlineData("Dad did not engage with the offer of a meeting.", "did not engage")]
    [InlineData("Poor hygiene again today.", "poor hygiene")]
    public void Jargon_and_vague_phrases_are_flagged_with_a_suggestion(string text, string flagged)
    {
        var flag = Assert.Single(Check.Check(text), f => f.Phrase == flagged);
        Assert.False(string.IsNullOrWhiteSpace(flag.Suggestion));
    }

    [Theory]
    [InlineData("A. held her left forearm and flinched when I touched her sleeve; there is a bruise about 4 cm long on the inside of the arm.")]
    [InlineData("J. said his mum's boyfriend locks him in his bedroom when he is naughty and he wet himself because he could not get out.")]
    [InlineData("Came to school in the same clothes as Monday, which smelt of urine; ate two breakfasts and asked for more.")]
    [InlineData("At pick-up Dad shouted at A. and pulled her by the hood of her coat across the playground; she was crying.")]
    [InlineData("The family are open to child in need (CIN) support from the local authority.")]
    [InlineData("Early help (EH) started in September with a family support worker visiting weekly.")]
    [InlineData("Spoke to the duty social worker at the front door (MASH) at 10:15, who confirmed the referral was received.")]
    [InlineData("Mum told me at the gate that she has no money for the electric meter and the house is cold.")]
    [InlineData("Checked with the school nurse: the weight at the last check was below the second centile.")]
    [InlineData("Told the DSL at 09:20 and wrote this down straight away; did not ask any leading questions.")]
    [InlineData("cp was written on the register by mistake, then crossed out.")]
    public void Descriptive_plain_accounts_are_not_flagged(string text)
    {
        Assert.Empty(Check.Check(text));
    }

    [Fact]
    public void Each_phrase_is_flagged_once_however_often_it_appears_in_however_many_fields()
    {
        var flags = Check.Check("Inappropriate comments in class.", "", null, "Spoke to her about inappropriate touching; inappropriate again later.");

        Assert.Equal(["inappropriate"], flags.Select(f => f.Phrase));
    }

    [Fact]
    public void The_word_list_is_data_with_every_rule_giving_a_suggestion()
    {
        var list = PlainLanguageCheck.LoadEmbedded();

        Assert.True(list.Phrases.Count >= 10);
        Assert.Contains(list.Acronyms, a => a.Acronym == "LADO");
        Assert.All(list.Phrases, p => Assert.False(string.IsNullOrWhiteSpace(p.Suggestion)));
        Assert.All(list.Acronyms, a => Assert.NotEmpty(a.Meanings));
    }
}
