using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Escalations;

namespace CaseCoordinatorBot.Tests.Escalations;

public class EscalationPolicyLoaderTests
{
    private static string Shipped(string name) => new EscalationOptions { Policy = name }.FullPolicyFile;

    [Fact]
    public void The_default_policy_has_four_stages_of_2_3_5_and_5_working_days()
    {
        var policy = EscalationPolicyLoader.Load(Shipped("default"));

        Assert.Equal("default", policy.Name);
        Assert.Equal([1, 2, 3, 4], policy.Stages.Select(s => s.Number));
        Assert.Equal([2, 3, 5, 5], policy.Stages.Select(s => s.RespondWithinWorkingDays));
        Assert.Equal("DSL → social worker", policy.First.Route);
        Assert.Equal([CaseRole.SocialWorker], policy.First.OwnerRoles);
        Assert.Equal(Agency.Csc, policy.First.OwnerAgency);
        Assert.Equal(2, policy.After(1)!.Number);
        Assert.Null(policy.After(4));
    }

    [Fact]
    public void The_one_day_policy_moves_on_by_itself_after_one_working_day_a_stage()
    {
        var policy = EscalationPolicyLoader.Load(Shipped("one-day"));

        Assert.All(policy.Stages, s => Assert.Equal(1, s.RespondWithinWorkingDays));
        Assert.Equal(StallAction.AdvanceAutomatically, policy.First.WhenStalled);
        Assert.Equal(4, policy.Stages.Count);
    }

    [Fact]
    public void A_missing_file_is_named_in_the_message()
    {
        var ex = Assert.Throws<EscalationPolicyException>(() => EscalationPolicyLoader.Load("/nowhere/area.json"));
        Assert.Contains("/nowhere/area.json", ex.Message);
    }

    private const string GoodStage =
        "{ \"number\": 1, \"raisedBy\": \"DSL\", \"raisedWith\": \"social worker\", \"ownerRoles\": [\"socialWorker\"], \"ownerAgency\": \"csc\",\n" +
        "  \"respondWithinWorkingDays\": 2, \"graceWorkingDays\": 1, \"whenStalled\": \"promptRaiser\" }";

    private static string Policy(params string[] stages) =>
        "{\n  \"name\": \"area\",\n  \"stages\": [\n" + string.Join(",\n", stages) + "\n  ]\n}";

    private static EscalationPolicyException Fault(string json) =>
        Assert.Throws<EscalationPolicyException>(() => EscalationPolicyLoader.Parse(json, "area.json"));

    [Fact]
    public void A_policy_with_no_stages_is_refused_naming_the_file()
    {
        var ex = Fault("{\n  \"name\": \"area\",\n  \"stages\": []\n}");
        Assert.StartsWith("Escalation policy file 'area.json', line 4:", ex.Message);
        Assert.Contains("no stages", ex.Message);
    }

    [Fact]
    public void Non_positive_working_days_are_refused_with_the_stage_and_line()
    {
        var ex = Fault(Policy(GoodStage, GoodStage.Replace("\"number\": 1", "\"number\": 2").Replace("\"respondWithinWorkingDays\": 2", "\"respondWithinWorkingDays\": 0")));
        Assert.Contains("line 7:", ex.Message);
        Assert.Contains("stage 2: respondWithinWorkingDays must be 1 or more, not 0", ex.Message);
    }

    [Fact]
    public void A_negative_grace_period_is_refused()
    {
        var ex = Fault(Policy(GoodStage.Replace("\"graceWorkingDays\": 1", "\"graceWorkingDays\": -1")));
        Assert.Contains("graceWorkingDays must be 1 or more", ex.Message);
    }

    [Fact]
    public void An_unknown_stall_action_is_refused_with_its_line()
    {
        var ex = Fault(Policy(GoodStage, GoodStage.Replace("\"number\": 1", "\"number\": 2").Replace("promptRaiser", "shrug")));
        Assert.Contains("line 7:", ex.Message);
        Assert.Contains("whenStalled", ex.Message);
    }

    [Fact]
    public void An_unknown_owner_role_is_refused()
    {
        var ex = Fault(Policy(GoodStage.Replace("[\"socialWorker\"]", "[\"headTeacher\"]")));
        Assert.Contains("line 4:", ex.Message);
        Assert.Contains("ownerRoles", ex.Message);
    }

    [Fact]
    public void Duplicate_stage_numbers_are_refused()
    {
        var ex = Fault(Policy(GoodStage, GoodStage));
        Assert.Contains("stage 1 appears more than once", ex.Message);
    }

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_ignored()
    {
        var ex = Fault(Policy(GoodStage.Replace("respondWithinWorkingDays", "respondWithinDays")));
        // The stage object spans lines 4 and 5; the reader reports where it noticed.
        Assert.Matches("line [45]:", ex.Message);
        Assert.Contains("respondWithinDays", ex.Message);
    }

    [Fact]
    public void Broken_json_is_refused_with_its_line()
    {
        var ex = Fault("{\n  \"name\": \"area\",\n  \"stages\": [ { \"number\": 1, }\n}");
        Assert.Contains("line 3:", ex.Message);
    }

    [Fact]
    public void A_stage_without_who_raises_it_is_refused()
    {
        var ex = Fault(Policy(GoodStage.Replace("\"raisedBy\": \"DSL\", ", "")));
        Assert.Contains("raisedBy", ex.Message);
    }
}
