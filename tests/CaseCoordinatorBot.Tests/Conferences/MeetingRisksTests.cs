using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Conferences;

namespace CaseCoordinatorBot.Tests.Conferences;

public sealed class MeetingRisksTests
{
    private static readonly MeetingRule Icpc = MeetingRule.From(MeetingType.InitialConference, null);
    private static readonly Agency[] Required = [Agency.School, Agency.Csc];

    private static ConferenceInvitee Invitee(string address, Agency agency) => new("t/" + address, address, agency, CaseRole.OtherAgency, address, true);

    private static readonly ConferenceInvitee[] Invitees =
        [Invitee("sw@csc", Agency.Csc), Invitee("dsl@school", Agency.School), Invitee("gp@health", Agency.Health), Invitee("pc@police", Agency.Police)];

    private static InviteeReply Reply(string address, MeetingResponse response) => new(address, response, null);

    private static string[] Codes(params InviteeReply[] replies) =>
        MeetingRisks.Assess(Icpc, Required, Invitees, replies, withinWarningWindow: false).Select(r => r.Code).ToArray();

    [Fact]
    public void Everyone_accepting_is_no_risk() =>
        Assert.Empty(Codes(Invitees.Select(i => Reply(i.Address, MeetingResponse.Accepted)).ToArray()));

    [Fact]
    public void Csc_declining_is_a_risk_and_breaks_quorum() =>
        Assert.Equal(["csc-declined", "quorum"], Codes(Reply("sw@csc", MeetingResponse.Declined)));

    [Fact]
    public void Education_declining_is_a_risk_of_its_own() =>
        Assert.Equal(["education-declined"], Codes(Reply("dsl@school", MeetingResponse.Declined)));

    [Fact]
    public void Two_other_agencies_declining_leaves_one_and_quorum_is_at_risk() =>
        Assert.Equal(["quorum"], Codes(Reply("gp@health", MeetingResponse.Declined), Reply("pc@police", MeetingResponse.Declined)));

    [Fact]
    public void Close_to_the_meeting_required_agencies_that_have_not_accepted_are_named()
    {
        var risks = MeetingRisks.Assess(Icpc, Required, Invitees, [Reply("sw@csc", MeetingResponse.Accepted)], withinWarningWindow: true);
        Assert.Equal(["unconfirmed:School"], risks.Select(r => r.Code));
    }

    [Fact]
    public void A_required_agency_nobody_in_the_case_belongs_to_is_named()
    {
        var risks = MeetingRisks.Assess(MeetingRule.From(MeetingType.StrategyDiscussion, null), [Agency.Csc, Agency.Police], [Invitee("sw@csc", Agency.Csc)], [], false);
        Assert.Equal(["missing:Police"], risks.Select(r => r.Code));
    }
}
