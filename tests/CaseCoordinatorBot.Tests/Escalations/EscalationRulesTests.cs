using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Escalations;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Escalations;

public class EscalationRulesTests
{
    private static readonly EscalationPolicy Default = EscalationPolicyLoader.Load(new EscalationOptions().FullPolicyFile);
    private static readonly DateTimeOffset Now = new(2026, 12, 23, 10, 0, 0, TimeSpan.Zero);

    private static CaseMember Member(string id, Agency agency, CaseRole role) => new("t", id, id, agency, role, Now, "t/lead");

    private static CaseFile Case(params CaseMember[] members) =>
        new("CR-1", "A.B.", new CaseChannel("t", "team", "19:c", "https://smba.example"), [Member("lead", Agency.School, CaseRole.Lead), .. members], Now, "t/lead");

    [Fact]
    public void The_social_worker_owns_stage_one_and_a_team_manager_does_not()
    {
        var file = Case(Member("sw", Agency.Csc, CaseRole.SocialWorker), Member("tm", Agency.Csc, CaseRole.TeamManager));
        Assert.True(EscalationRules.MayAnswer(file, Default.First, "t/sw"));
        Assert.False(EscalationRules.MayAnswer(file, Default.First, "t/tm"));
        Assert.False(EscalationRules.MayAnswer(file, Default.First, "t/lead"));
    }

    [Fact]
    public void When_nobody_holds_the_owner_role_anyone_of_the_owner_agency_answers()
    {
        var file = Case(Member("sw", Agency.Csc, CaseRole.SocialWorker), Member("nurse", Agency.Health, CaseRole.OtherAgency));
        var stage2 = Default.Stage(2)!; // team manager: nobody in this case holds it
        Assert.True(EscalationRules.MayAnswer(file, stage2, "t/sw"));
        Assert.False(EscalationRules.MayAnswer(file, stage2, "t/nurse"));
        Assert.False(EscalationRules.MayAnswer(file, stage2, "t/lead"));
    }

    [Fact]
    public void A_repeated_answer_changes_nothing_and_an_answer_to_an_old_stage_is_refused()
    {
        var raiser = new EscalationPerson("t/lead", "Dana", Agency.School);
        var owner = new EscalationPerson("t/sw", "Sam", Agency.Csc);
        var e = EscalationTransitions.Raise(EscalationRules.NewId(), "CR-1", "A.B.", EscalationTopic.Decision, "x", raiser, "", Default.First, Now.AddDays(6), Now);

        var answered = EscalationTransitions.Respond(e, 1, false, "no", owner, Now);
        Assert.Same(answered, EscalationTransitions.Respond(answered, 1, true, "yes", owner, Now));
        var moved = EscalationTransitions.Advance(answered, 1, Default.Stage(2)!, Now.AddDays(9), raiser, "", Now);
        Assert.Equal(2, moved.Stage);
        Assert.Equal(EscalationStatus.AwaitingOwner, moved.Status);
        Assert.Throws<EscalationMovedOnException>(() => EscalationTransitions.Accept(moved, 1, raiser, Now));
        Assert.Equal(3, moved.History.Count);
    }

    [Fact]
    public void A_faulty_policy_file_fails_start_up_validation_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"name\": \"area\",\n  \"stages\": []\n}");
        try
        {
            var result = new EscalationOptionsValidator().Validate(null, new EscalationOptions { PolicyFile = path });
            Assert.True(result.Failed);
            Assert.Contains(path, result.FailureMessage);
            Assert.Contains("line 4", result.FailureMessage);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("one-day")]
    public void The_shipped_policies_pass_start_up_validation(string name) =>
        Assert.Equal(ValidateOptionsResult.Success, new EscalationOptionsValidator().Validate(null, new EscalationOptions { Policy = name }));

    [Fact]
    public void A_policy_name_that_is_a_path_is_refused() =>
        Assert.True(new EscalationOptionsValidator().Validate(null, new EscalationOptions { Policy = "../secrets" }).Failed);
}
