namespace CaseCoordinatorBot.Concerns.Siblings;

/// <summary>
/// Data of <c>cards/concerns/sibling-request.json</c>, posted in the asked case's channel. Its first line is that
/// case's reference and initials; the asking case is named by reference and initials only.
/// </summary>
public sealed record SiblingRequestCard(
    string CaseRef, string Initials, string FromCaseRef, string FromInitials, string ByName, string ByAgency,
    bool Open, string Outcome);
