using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Concerns;

namespace CaseCoordinatorBot.Tests.Concerns;

public sealed class PatternRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly PatternAlertOptions Defaults = new();

    private static EarlyConcern At(long sequence, double daysAgo, Agency agency = Agency.School) =>
        new(sequence, Now.AddDays(-daysAgo), agency, ConcernCategory.Neglect);

    [Fact]
    public void Three_early_concerns_from_one_agency_within_exactly_30_days_cross_the_threshold()
    {
        var set = PatternRules.Crossing([At(1, 30), At(2, 12), At(3, 0)], Now, Defaults);

        Assert.Equal([1L, 2L, 3L], set.Select(c => c.Sequence));
    }

    [Fact]
    public void Two_early_concerns_from_one_agency_do_not_cross_it()
    {
        Assert.Empty(PatternRules.Crossing([At(1, 3), At(2, 1)], Now, Defaults));
    }

    [Fact]
    public void A_concern_older_than_the_window_is_ignored()
    {
        Assert.Empty(PatternRules.Crossing([At(1, 30.01), At(2, 12), At(3, 0)], Now, Defaults));
    }

    [Fact]
    public void Two_agencies_within_exactly_14_days_cross_the_threshold()
    {
        var set = PatternRules.Crossing([At(1, 14, Agency.Health), At(2, 0)], Now, Defaults);

        Assert.Equal([1L, 2L], set.Select(c => c.Sequence));
    }

    [Fact]
    public void Two_agencies_further_apart_than_14_days_do_not()
    {
        Assert.Empty(PatternRules.Crossing([At(1, 14.5, Agency.Health), At(2, 0)], Now, Defaults));
    }

    [Fact]
    public void When_both_thresholds_are_crossed_the_wider_set_is_listed()
    {
        var set = PatternRules.Crossing([At(1, 25), At(2, 10, Agency.Police), At(3, 1)], Now, Defaults);

        Assert.Equal([1L, 2L, 3L], set.Select(c => c.Sequence));
    }

    [Fact]
    public void The_thresholds_are_configuration()
    {
        var strict = new PatternAlertOptions { Count = 2, CountWindowDays = 7, Agencies = 3, AgencyWindowDays = 7 };

        Assert.Equal(2, PatternRules.Crossing([At(1, 6), At(2, 1, Agency.Health)], Now, strict).Count);
        Assert.Empty(PatternRules.Crossing([At(1, 8), At(2, 1, Agency.Health)], Now, strict));
    }

    [Fact]
    public void The_key_names_the_set_whatever_the_order()
    {
        Assert.Equal(PatternRules.Key([At(3, 0), At(1, 2)]), PatternRules.Key([At(1, 2), At(3, 0)]));
        Assert.NotEqual(PatternRules.Key([At(1, 2), At(3, 0)]), PatternRules.Key([At(1, 2), At(3, 0), At(4, 0)]));
    }

    [Fact]
    public void The_index_keeps_a_concern_once_and_an_alert_once()
    {
        var index = EarlyConcerns.Empty.With(At(1, 0)).With(At(1, 0)).WithAlerted("1").WithAlerted("1");

        Assert.Single(index.Concerns);
        Assert.Single(index.Alerted);
    }
}
