namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>
/// An item on a fake mailbox's calendar as free/busy shows it. <see cref="Status"/> is a Graph
/// <c>freeBusyStatus</c>: free, tentative, busy, oof, workingElsewhere or unknown.
/// </summary>
public sealed record FakeScheduleItem(DateTimeOffset Start, DateTimeOffset End, string Status = "busy");
