using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Concerns;

namespace CaseCoordinatorBot.Tests.Concerns;

public sealed class ConcernRulesTests
{
    // 23 Nov 2026, 10:00 in London (GMT in November).
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    internal static SubmitConcernData Valid() => new(
        "CR-1042", "3f2a9c1e0b7d4e5f8a6b1c2d3e4f5a6b", null,
        "A. held her left forearm and flinched; a bruise about 4 cm long on the inside of the arm.",
        "He grabbed my arm really hard.", "2026-11-23", "09:10", "Year 4 classroom", "Priya Shah",
        "Told the DSL at 09:20.", "", "No", "", "Physical", "Early", "family", "");

    [Fact]
    public void A_complete_concern_is_accepted_with_the_time_read_as_London_time()
    {
        var check = ConcernRules.Check(Valid() with { SeenOn = "2026-07-01", SeenAt = "09:10" }, Now);

        var concern = Assert.IsType<ValidConcern>(check.Concern);
        Assert.Empty(check.Problems);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 10, 0, TimeSpan.Zero), concern.OccurredAt.ToUniversalTime());
        Assert.Equal((ConcernCategory.Physical, ConcernLevel.Early, true), (concern.Category, concern.Body.Level, concern.Visibility.MayShareWithFamily));
        Assert.Equal("He grabbed my arm really hard.", concern.Body.ChildsWords);
    }

    [Fact]
    public void Every_missing_answer_is_listed_at_once()
    {
        var check = ConcernRules.Check(new SubmitConcernData("CR-1042", "d", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), Now);

        Assert.Null(check.Concern);
        Assert.Equal(9, check.Problems.Count);
        Assert.Contains("Give the date it was seen or heard.", check.Problems);
        Assert.Contains("Say what was seen or heard.", check.Problems);
        Assert.Contains("Choose a category.", check.Problems);
    }

    [Theory]
    [InlineData("2026-11-23", "10:05")]
    [InlineData("2026-11-24", "08:00")]
    [InlineData("2027-01-01", "00:00")]
    public void A_time_in_the_future_is_refused(string date, string time)
    {
        var check = ConcernRules.Check(Valid() with { SeenOn = date, SeenAt = time }, Now);

        Assert.Contains("The date and time are in the future. Give when it was seen or heard.", check.Problems);
    }

    [Theory]
    [InlineData("23/11/2026", "09:10")]
    [InlineData("2026-11-23", "9am")]
    [InlineData("2026-02-30", "09:10")]
    public void An_unreadable_date_or_time_is_refused(string date, string time)
    {
        Assert.Null(ConcernRules.Check(Valid() with { SeenOn = date, SeenAt = time }, Now).Concern);
    }

    [Fact]
    public void Text_over_its_limit_is_refused_with_the_length_and_the_limit()
    {
        var check = ConcernRules.Check(Valid() with { Seen = new string('x', ConcernRules.SeenLimit + 1) }, Now);

        Assert.Equal(["What was seen or heard is 4,001 characters; the limit is 4,000. Shorten it, or log a second concern."], check.Problems);
    }

    [Fact]
    public void Saying_social_care_knows_needs_how_you_know()
    {
        Assert.Contains("Say how you know children's social care is aware (who told you, and when).",
            ConcernRules.Check(Valid() with { CscAware = "Yes" }, Now).Problems);
        Assert.NotNull(ConcernRules.Check(Valid() with { CscAware = "Yes", CscHow = "Duty social worker told me at 10:15" }, Now).Concern);
    }

    [Fact]
    public void Professionals_only_needs_a_reason_which_is_kept()
    {
        Assert.Contains("Give the reason it is for professionals only.", ConcernRules.Check(Valid() with { Share = "professionals" }, Now).Problems);
        var concern = ConcernRules.Check(Valid() with { Share = "professionals", ShareReason = "Could put A. at risk" }, Now).Concern!;
        Assert.Equal(FamilyVisibility.ProfessionalsOnly("Could put A. at risk"), concern.Visibility);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Bogus")]
    public void Categories_outside_the_list_are_refused(string category)
    {
        Assert.Contains("Choose a category.", ConcernRules.Check(Valid() with { Category = category }, Now).Problems);
    }
}
