namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// What the concern card sends: its inputs (strings, as cards send them) merged with the action's data
/// (<c>caseRef</c>, <c>draftId</c>, and <c>acceptFlags</c> on "Submit as written").
/// </summary>
public sealed record SubmitConcernData(
    string? CaseRef,
    string? DraftId,
    bool? AcceptFlags,
    string? Seen,
    string? ChildsWords,
    string? SeenOn,
    string? SeenAt,
    string? Where,
    string? NoticedBy,
    string? ActionTaken,
    string? OthersKnow,
    string? CscAware,
    string? CscHow,
    string? Category,
    string? Level,
    string? Share,
    string? ShareReason);
