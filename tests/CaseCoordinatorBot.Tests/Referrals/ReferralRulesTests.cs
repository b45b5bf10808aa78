using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Tests.Referrals;

public class ReferralRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static SubmitReferralData Complete() => new("CR-1042", "3f9c2a7b1d04",
        "Bruise on the left cheek at 8:50.", "\"He gets angry.\"", "That it gets worse.", "An assessment of safety at home.",
        "Given", "", "19:desk@thread.tacv2");

    [Fact]
    public void A_complete_referral_has_no_problem()
    {
        Assert.Null(ReferralRules.SubmissionProblem(Complete(), out var consent));
        Assert.Equal(ParentalConsent.Given, consent);
    }

    [Fact]
    public void A_referral_that_does_not_say_what_help_is_asked_for_is_refused_with_the_reason()
    {
        var problem = ReferralRules.SubmissionProblem(Complete() with { HelpAsked = "  " }, out _);
        Assert.Contains("what help you are asking for", problem);
    }

    [Theory]
    [InlineData("whatHappened", "what happened")]
    [InlineData("fears", "fear")]
    [InlineData("desk", "front door")]
    public void Required_answers_are_asked_for_by_name(string blank, string expected)
    {
        var data = blank switch
        {
            "whatHappened" => Complete() with { WhatHappened = "" },
            "fears" => Complete() with { Fears = null },
            _ => Complete() with { Desk = "" },
        };
        Assert.Contains(expected, ReferralRules.SubmissionProblem(data, out _), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Refused_consent_never_blocks_a_referral()
    {
        Assert.Null(ReferralRules.SubmissionProblem(Complete() with { Consent = "Refused" }, out var consent));
        Assert.Equal(ParentalConsent.Refused, consent);
    }

    [Fact]
    public void Consent_not_sought_needs_the_reason_why()
    {
        Assert.Contains("why consent was not sought", ReferralRules.SubmissionProblem(Complete() with { Consent = "NotSought" }, out _));
        Assert.Null(ReferralRules.SubmissionProblem(Complete() with { Consent = "NotSought", ConsentNote = "Asking would raise the risk." }, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Maybe")]
    [InlineData("99")]
    public void An_unknown_consent_answer_is_refused(string? consent) =>
        Assert.NotNull(ReferralRules.SubmissionProblem(Complete() with { Consent = consent }, out _));

    [Theory]
    [InlineData("EarlyHelp", "", "", "reason")]
    [InlineData("StrategyDiscussion", "   ", "advice", "reason")]
    [InlineData("NoFurtherAction", "No concerns found at the visit.", "", "advice")]
    [InlineData("NoFurtherAction", "", "Keep recording.", "reason")]
    [InlineData("", "Reason.", "", "outcome")]
    [InlineData("Closed", "Reason.", "", "outcome")]
    public void A_decision_without_its_reason_or_the_advice_for_no_further_action_is_refused(string outcome, string reason, string advice, string missing)
    {
        var problem = ReferralRules.DecisionProblem(outcome, reason, advice, out _);
        Assert.NotNull(problem);
        Assert.Contains(missing, problem, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("EarlyHelp", "Family agreed to a support worker.", "", ReferralOutcome.EarlyHelp)]
    [InlineData("NoFurtherAction", "Fall at football, seen by the coach.", "Keep recording marks.", ReferralOutcome.NoFurtherAction)]
    [InlineData("PassedToAnotherArea", "The family moved to Southvale.", "", ReferralOutcome.PassedToAnotherArea)]
    public void A_decision_with_its_reason_is_accepted(string outcomeText, string reason, string advice, ReferralOutcome expected)
    {
        Assert.Null(ReferralRules.DecisionProblem(outcomeText, reason, advice, out var outcome));
        Assert.Equal(expected, outcome);
    }

    [Theory]
    [InlineData(CaseRole.Dsl, Agency.School, true)]
    [InlineData(CaseRole.DeputyDsl, Agency.School, true)]
    [InlineData(CaseRole.Lead, Agency.School, true)]
    [InlineData(CaseRole.Lead, Agency.Health, false)]
    [InlineData(CaseRole.SocialWorker, Agency.Csc, false)]
    [InlineData(CaseRole.OtherAgency, Agency.Other, false)]
    public void Only_the_school_side_may_refer(CaseRole role, Agency agency, bool mayRefer)
    {
        var file = Case(new CaseMember("t", "a1", "Dana Shah", agency, role, At, "t/a0"));
        Assert.Equal(mayRefer, ReferralRules.MayRefer(file, "t/a1"));
        Assert.False(ReferralRules.MayRefer(file, "t/someone-else"));
    }

    [Theory]
    [InlineData(CaseRole.SocialWorker, true)]
    [InlineData(CaseRole.TeamManager, true)]
    [InlineData(CaseRole.Dsl, false)]
    public void A_CSC_role_in_the_case_lets_a_worker_act_for_CSC(CaseRole role, bool expected)
    {
        var file = Case(new CaseMember("t", "a1", "Sam Okafor", CaseVocabulary.AgencyOf(role, Agency.Other), role, At, "t/a0"));
        Assert.Equal(expected, ReferralRules.HasCscRole(file, "t/a1"));
    }

    [Fact]
    public void Referral_ids_are_twelve_hex_characters_and_nothing_else_is_accepted()
    {
        Assert.True(ReferralIds.IsValid(ReferralIds.New()));
        Assert.False(ReferralIds.IsValid("../../case"));
        Assert.False(ReferralIds.IsValid("3F9C2A7B1D04"));
        Assert.False(ReferralIds.IsValid(null));
    }

    private static CaseFile Case(params CaseMember[] members) =>
        new("CR-1042", "A.B.", new CaseChannel("t", "team", "19:c@thread.tacv2", "https://smba.example/"), members, At, "t/a0");
}
