using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Tests.Calendar;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Conferences;

public sealed class ConferenceRulesTests
{
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    internal static ConferenceRules Rules(ConferenceOptions? options = null) =>
        new(Options.Create(options ?? new ConferenceOptions()), TestCalendar.Create());

    internal static CaseMember Member(string id, Agency agency, CaseRole role) =>
        new("t", id, "Person " + id, agency, role, DateTimeOffset.UnixEpoch, "t/lead");

    internal static CaseFile Case(params CaseMember[] members) =>
        new("NF-1234", "AB", new CaseChannel("t", "team", "19:c@thread.tacv2", "https://smba.example/"), members, DateTimeOffset.UnixEpoch, "t/lead");

    [Fact]
    public void A_strategy_discussion_decided_on_Thursday_before_Christmas_is_due_after_the_bank_holidays()
    {
        // Thursday 24 Dec 2026: Friday 25 Dec is Christmas, Monday 28 Dec the substitute Boxing Day.
        var due = Rules().DueBy(MeetingType.StrategyDiscussion, new DateTimeOffset(2026, 12, 24, 11, 0, 0, TimeSpan.Zero), []);
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 17, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void An_initial_conference_is_due_15_working_days_after_the_last_strategy_discussion_held()
    {
        var earlier = new[]
        {
            new ConferenceSummary("a", MeetingType.StrategyDiscussion, ConferenceStatus.Scheduled, new DateTimeOffset(2026, 5, 1, 9, 0, 0, Bst)),
            new ConferenceSummary("b", MeetingType.StrategyDiscussion, ConferenceStatus.Scheduled, new DateTimeOffset(2026, 5, 11, 9, 0, 0, Bst)),
            new ConferenceSummary("c", MeetingType.StrategyDiscussion, ConferenceStatus.Cancelled, new DateTimeOffset(2026, 5, 12, 9, 0, 0, Bst)),
        };
        // From Monday 11 May 2026, 15 working days with the 25 May bank holiday in between: Tuesday 2 June, in BST.
        var due = Rules().DueBy(MeetingType.InitialConference, new DateTimeOffset(2026, 5, 20, 9, 0, 0, Bst), earlier);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 17, 0, 0, Bst), due);
    }

    [Fact]
    public void Without_a_strategy_discussion_an_initial_conference_counts_from_the_request()
    {
        var due = Rules().DueBy(MeetingType.InitialConference, new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), []);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void The_first_review_is_due_3_months_after_the_initial_conference_and_later_ones_6_months_after_the_last_review()
    {
        var icpc = new ConferenceSummary("i", MeetingType.InitialConference, ConferenceStatus.Scheduled, new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));
        var first = Rules().DueBy(MeetingType.ReviewConference, icpc.Start!.Value, [icpc]);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 17, 0, 0, Bst), first);

        var review = new ConferenceSummary("r", MeetingType.ReviewConference, ConferenceStatus.Scheduled, new DateTimeOffset(2026, 6, 8, 10, 0, 0, Bst));
        // 8 Dec 2026 is a Tuesday.
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 17, 0, 0, TimeSpan.Zero), Rules().DueBy(MeetingType.ReviewConference, review.Start!.Value, [icpc, review]));
    }

    [Fact]
    public void A_months_deadline_that_falls_on_a_weekend_or_bank_holiday_moves_earlier()
    {
        // Three months after Friday 25 Sep 2026 is Christmas Day: the deadline is Thursday 24 Dec.
        var due = Rules().MonthsAfter(new DateTimeOffset(2026, 9, 25, 10, 0, 0, Bst), 3);
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 17, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Configuration_overrides_a_due_rule_field_by_field()
    {
        var options = new ConferenceOptions { Types = { [MeetingType.StrategyDiscussion] = new MeetingTypeOptions { DueWorkingDays = 3 } } };
        var rule = Rules(options).Rule(MeetingType.StrategyDiscussion);
        Assert.Equal(3, rule.DueWorkingDays);
        Assert.Equal([Agency.Csc, Agency.Police, Agency.Health], rule.RequiredAgencies);
        Assert.Equal(TimeSpan.FromHours(1), rule.Duration);
    }

    [Fact]
    public void Education_is_required_whenever_the_case_has_a_school_member()
    {
        var file = Case(Member("dsl", Agency.School, CaseRole.Dsl), Member("sw", Agency.Csc, CaseRole.SocialWorker));
        Assert.Contains(Agency.School, Rules().RequiredAgencies(MeetingType.CoreGroup, file, null));
        Assert.DoesNotContain(Agency.School, Rules().RequiredAgencies(MeetingType.CoreGroup, Case(Member("sw", Agency.Csc, CaseRole.SocialWorker)), null));
    }

    [Fact]
    public void A_strategy_discussion_requires_csc_police_health_and_the_referring_agency()
    {
        var file = Case(Member("sw", Agency.Csc, CaseRole.SocialWorker));
        Assert.Equal([Agency.Csc, Agency.Health, Agency.Police, Agency.EarlyHelp],
            Rules().RequiredAgencies(MeetingType.StrategyDiscussion, file, Agency.EarlyHelp));
    }

    [Fact]
    public void Invitees_carry_their_roster_address_and_the_chair_is_always_required()
    {
        var file = Case(Member("dsl", Agency.School, CaseRole.Lead), Member("chair", Agency.Csc, CaseRole.ConferenceChair),
            Member("gp", Agency.Other, CaseRole.OtherAgency));
        var invitees = Rules().Invitees(MeetingType.ChildInNeed, file, null, new Dictionary<string, string> { ["dsl"] = "dsl@school.example" });
        Assert.Equal("dsl@school.example", invitees.Single(i => i.UserKey == "t/dsl").Address);
        Assert.True(invitees.Single(i => i.UserKey == "t/chair").Required);
        Assert.False(invitees.Single(i => i.UserKey == "t/gp").Required);
        Assert.Equal("", invitees.Single(i => i.UserKey == "t/gp").Address);
    }

    [Fact]
    public void The_chair_is_the_conference_chair_else_the_csc_lead()
    {
        var lead = Member("csclead", Agency.Csc, CaseRole.Lead);
        Assert.Equal("csclead", ConferenceRules.Chair(Case(Member("dsl", Agency.School, CaseRole.Lead), lead))!.AadObjectId);
        Assert.Equal("chair", ConferenceRules.Chair(Case(lead, Member("chair", Agency.Csc, CaseRole.ConferenceChair)))!.AadObjectId);
    }

    [Theory]
    [InlineData(CaseRole.SocialWorker, Agency.Csc, true)]
    [InlineData(CaseRole.ConferenceChair, Agency.Csc, true)]
    [InlineData(CaseRole.Lead, Agency.School, true)]
    [InlineData(CaseRole.Dsl, Agency.School, false)]
    [InlineData(CaseRole.OtherAgency, Agency.Other, false)]
    public void Only_csc_the_chair_and_leads_arrange_meetings(CaseRole role, Agency agency, bool may) =>
        Assert.Equal(may, ConferenceRules.MayArrange(Case(Member("x", agency, role)), "t/x"));
}
