using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// One entry of a case's chronology, as stored and hashed. Entries are never edited or deleted: a
/// correction is a later entry whose <see cref="Corrects"/> names the sequence of the one it corrects.
/// <see cref="Hash"/> is SHA-256 over the canonical form of every other field, <see cref="PreviousHash"/>
/// included, so changing any entry breaks every link after it.
/// </summary>
public sealed record ChronologyEntry(
    long Sequence,
    EntryKind Kind,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    EntryAuthor Author,
    ConcernCategory? Category,
    FamilyVisibility Visibility,
    long? Corrects,
    string? IdempotencyKey,
    ChronologyBody Body,
    string PreviousHash,
    string Hash);

/// <summary>Who recorded an entry: the identity (tenant/AAD object id), the name shown then, and their agency.</summary>
public sealed record EntryAuthor(string UserKey, string DisplayName, Agency Agency);

/// <summary>
/// Whether an entry may be shared with the family. Professionals-only entries carry the reason
/// (sharing would raise the risk to the child, third-party information…), so conference papers can honour it.
/// </summary>
public sealed record FamilyVisibility(bool MayShareWithFamily, string Reason)
{
    public static FamilyVisibility Shareable { get; } = new(true, "");

    public static FamilyVisibility ProfessionalsOnly(string reason) => new(false, reason);
}

/// <summary>What an entry records. New kinds are added at the end: stored entries keep their names.</summary>
public enum EntryKind { Concern, MonitoringCheck, ParentContact, Correction, Referral, Decision, Meeting, Escalation, Sibling, MonitoringPeriod, Plan }

public enum ConcernCategory { Physical, Emotional, Sexual, Neglect, Exploitation, Online, DomesticAbuse, Other }

/// <summary>What a caller asks to append; the store assigns the sequence, the recorded time and the hashes.</summary>
public sealed record NewChronologyEntry(
    EntryKind Kind,
    DateTimeOffset OccurredAt,
    EntryAuthor Author,
    ConcernCategory? Category,
    FamilyVisibility Visibility,
    long? Corrects,
    string? IdempotencyKey,
    ChronologyBody Body);
