using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Tests.Referrals;

public class ReferralPrefillRulesTests
{
    [Theory]
    [InlineData("3,5", new long[] { 3, 5 })]
    [InlineData(" 7 , 2,", new long[] { 7, 2 })]
    [InlineData("-1,0,x,1e3,12", new long[] { 12 })]
    [InlineData("", new long[0])]
    [InlineData(null, new long[0])]
    public void Ticked_concerns_are_positive_sequences_and_anything_else_is_ignored(string? values, long[] expected) =>
        Assert.Equal(expected.Order(), ReferralRules.ChosenConcerns(values).Order());

    [Fact]
    public void A_crafted_list_cannot_ask_for_more_concerns_than_the_form_offers() =>
        Assert.Equal(ReferralConcernPicker.MaxChoices, ReferralRules.ChosenConcerns(string.Join(",", Enumerable.Range(1, 500))).Count);

    [Fact]
    public void Text_from_the_chronology_follows_what_was_typed_and_is_not_added_twice()
    {
        var once = ReferralRules.Combine("  My own note. ", "From the chronology.");
        Assert.Equal("My own note.\n\nFrom the chronology.", once);
        Assert.Equal(once, ReferralRules.Combine(once, "From the chronology."));
        Assert.Equal("From the chronology.", ReferralRules.Combine("", "From the chronology."));
    }

    [Fact]
    public void Typed_text_is_never_cut_to_make_room_for_the_chronology()
    {
        var typed = new string('a', ReferralRules.MaxTextLength - 10);
        var combined = ReferralRules.Combine(typed, new string('b', 100));
        Assert.StartsWith(typed, combined);
        Assert.Equal(ReferralRules.MaxTextLength, combined.Length);
        var full = new string('a', ReferralRules.MaxTextLength + 5);
        Assert.Equal(full, ReferralRules.Combine(full, "more"));
    }
}
