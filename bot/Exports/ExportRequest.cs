namespace CaseCoordinatorBot.Exports;

/// <summary>
/// <c>exports/&lt;id&gt;.json</c>: an export offered to one person for one case, until it expires. The id travels in
/// the file consent card's context; the chronology itself is read again when the person accepts, and the file is
/// kept nowhere but their OneDrive.
/// </summary>
/// <param name="AadObjectId">Whom the export was offered to (lower case): only their accept is honoured.</param>
/// <param name="UserKey">Their home tenant and object id, as the case knows them.</param>
public sealed record ExportRequest(
    string Id,
    string CaseRef,
    string AadObjectId,
    string UserKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);

/// <summary>The two files an export offers.</summary>
public enum ExportFormat { Csv, Json }
