using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Conferences;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CaseCoordinatorBot.Tests.Conferences;

public sealed class ContributionViewsTests
{
    private static readonly ConferencePerson Someone = new("t/x", "Tom Reid", Agency.Health);

    private static Arbitrary<Contribution[]> Contributions() =>
        (from count in Gen.Choose(0, 4)
         from items in Gen.ListOf(
             from column in Gen.Elements(Enum.GetValues<ContributionColumn>())
             from family in Gen.Elements(true, false)
             from n in Gen.Choose(0, 1_000_000)
             // Texts are unique so that finding one in a view can only mean that item leaked.
             select new ContributionItem(column, $"item-{n}-{(family ? "family" : "professionals")}", family))
         select Enumerable.Range(0, count).Select(i => new Contribution("c", (Agency)(i % 6), Someone, DateTimeOffset.UnixEpoch, 5,
             items.Skip(i).Take(3).ToArray())).ToArray()).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Nothing_flagged_professionals_only_is_ever_in_the_family_view() =>
        Prop.ForAll(Contributions(), contributions =>
        {
            var family = string.Join("\n", ContributionViews.ForFamily(contributions));
            return contributions.SelectMany(c => c.Items).Where(i => !i.MayShareWithFamily).All(i => !family.Contains(i.Text, StringComparison.Ordinal));
        });

    [Property(MaxTest = 300)]
    public Property Every_professionals_only_item_reaches_the_chair_and_every_shareable_one_the_family() =>
        Prop.ForAll(Contributions(), contributions =>
        {
            var chair = string.Join("\n", ContributionViews.ProfessionalsOnly(contributions));
            var family = string.Join("\n", ContributionViews.ForFamily(contributions));
            return contributions.SelectMany(c => c.Items).All(i => (i.MayShareWithFamily ? family : chair).Contains(i.Text, StringComparison.Ordinal));
        });

    [Fact]
    public void Contributions_for_an_initial_conference_are_due_2_working_days_before_and_asked_3_before_that()
    {
        var rules = ConferenceRulesTests.Rules();
        var conference = new Conference("c", "NF-1", "AB", MeetingType.InitialConference, ConferenceStatus.Scheduled, DateTimeOffset.UnixEpoch, Someone,
            DateTimeOffset.UnixEpoch, null, [], [], new ScheduledMeeting("e", "j", "w", "o@x",
                new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 5, 11, 30, 0, TimeSpan.Zero), DateTimeOffset.UnixEpoch, Someone),
            [], [], null, "");
        // Tuesday 5 Jan 2027: two working days before is Thursday 31 Dec 2026 (New Year and the weekend skipped); three more is Christmas Eve.
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero), rules.SharingDeadline(conference));
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero), rules.ContributionRequestAt(conference));
        Assert.Null(rules.SharingDeadline(conference with { Type = MeetingType.CoreGroup }));
    }
}
