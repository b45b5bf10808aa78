namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Data of <c>conferences/conference</c>: one card for a meeting's life, requested (with "Find slots"), slots offered,
/// booked (with the Teams link and "Cancel"), or cancelled (with the escalation offered). Every field display-ready.
/// </summary>
public sealed record ConferenceCard(
    string CaseRef,
    string Initials,
    string ConferenceId,
    string Title,
    string Status,
    string Due,
    string Quorum,
    IReadOnlyList<ConferenceCardAgency> Agencies,
    string Missing,
    string NotVisible,
    string NoAddress,
    IReadOnlyList<ConferenceCardSlot> Slots,
    string SlotsNote,
    string CanFindSlots,
    string When,
    string JoinUrl,
    string CanCancel,
    string Cancellation,
    string CanEscalate,
    string Problem);

/// <summary>One agency's invitees on the card: "Sam Okafor (Social worker), required".</summary>
public sealed record ConferenceCardAgency(string Agency, string People);

public sealed record ConferenceCardSlot(string Key, string Title);

/// <summary>Data of <c>conferences/risk</c>: the chair is told what puts the meeting at risk, and offered the escalation.</summary>
public sealed record MeetingRiskCard(
    string CaseRef,
    string Initials,
    string ConferenceId,
    string Title,
    string Chair,
    string When,
    IReadOnlyList<MeetingRiskLine> Risks,
    string Replies,
    string JoinUrl);

public sealed record MeetingRiskLine(string Text);
