namespace CaseCoordinatorBot.Concerns;

/// <summary>The payload of an early concern's review timer: ids and the review date only.</summary>
public sealed record ReviewTimer(string CaseRef, long Sequence, DateTimeOffset ReviewBy);
