namespace CaseCoordinatorBot.Cases;

/// <summary>What a Teams channel is to the bot: a case channel, or an agency's desk.</summary>
public sealed record ChannelLink(
    ChannelKind Kind,
    CaseChannel Channel,
    string? CaseRef,
    DeskKind? Desk,
    string? DeskName,
    string LinkedBy,
    DateTimeOffset LinkedAt);

public enum ChannelKind { Case, Desk }

public enum DeskKind { CscFrontDoor, SchoolSafeguarding, OtherAgency }
