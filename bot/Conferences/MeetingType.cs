namespace CaseCoordinatorBot.Conferences;

/// <summary>The meetings of a case's path (domain.md): each has its own due-date rule, invitees and quorum.</summary>
public enum MeetingType
{
    StrategyDiscussion,
    InitialConference,
    ReviewConference,
    CoreGroup,
    ChildInNeed,
    EarlyHelp,
    ProfessionalsOnly,
}
