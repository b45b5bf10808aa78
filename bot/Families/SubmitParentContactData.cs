namespace CaseCoordinatorBot.Families;

/// <summary>What the parent contact card sends (its inputs arrive as strings).</summary>
public sealed record SubmitParentContactData(
    string? CaseRef,
    string? DraftId,
    string? ContactedOn,
    string? ContactedAt,
    string? Method,
    string? Reached,
    string? Present,
    string? Outcome,
    string? Consent,
    string? ConsentWhy,
    string? Share,
    string? ShareReason);
