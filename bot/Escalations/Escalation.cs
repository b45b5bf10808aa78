using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// A professional disagreement being escalated: what it is about, who raised it, the stage it has reached under the
/// local policy and its due time, the current stage's answer if any, and every step so far. Stored at
/// <c>cases/&lt;ref&gt;/escalations/&lt;id&gt;.json</c> and changed only through <see cref="EscalationStore"/>.
/// </summary>
public sealed record Escalation(
    string Id,
    string CaseRef,
    string Initials,
    EscalationTopic About,
    string Description,
    EscalationPerson Raiser,
    string ReferralId,
    int Stage,
    DateTimeOffset StageStartedAt,
    DateTimeOffset DueAt,
    EscalationStatus Status,
    EscalationResponse? Response,
    IReadOnlyList<EscalationStep> History,
    EscalationCardRef Card,
    DateTimeOffset RaisedAt,
    EscalationOwnerCopy? OwnerCopy = null,
    IReadOnlyList<string>? Sent = null)
{
    /// <summary>
    /// Keys of the proactive posts made (or under way) for this escalation, e.g. <c>2:copy</c> or <c>1:Due:owner</c>:
    /// a key is stored before its post, so that a retried turn or timer never posts the same thing twice.
    /// </summary>
    public IReadOnlyList<string> SentKeys => Sent ?? [];
}

public sealed record EscalationPerson(string UserKey, string Name, Agency Agency)
{
    /// <summary>The bot itself, for steps the policy takes on its own.</summary>
    public static EscalationPerson Bot { get; } = new("bot", "Case Coordinator (automatic)", Agency.Other);
}

/// <summary>The owner's answer to the current stage.</summary>
public sealed record EscalationResponse(bool Agreed, string Reason, EscalationPerson By, DateTimeOffset At);

/// <summary>One step of the history; <see cref="Key"/> makes a repeated step (a retried turn or timer) a no-op.</summary>
public sealed record EscalationStep(string Key, DateTimeOffset At, int Stage, string Event, string By, string Detail);

/// <summary>Where the escalation card is, so that later steps redraw it.</summary>
public sealed record EscalationCardRef(string ServiceUrl, string ConversationId, string ActivityId)
{
    public static EscalationCardRef None { get; } = new("", "", "");
}

/// <summary>
/// The copy of the card where the owner of <see cref="Stage"/> works: their agency's desk channel, or the personal chat
/// of a case member holding the owner's role. Redrawn with the case channel's card; a new stage gets a fresh copy.
/// </summary>
public sealed record EscalationOwnerCopy(int Stage, OwnerPlace Place, EscalationCardRef Card);

public enum OwnerPlace { Desk, PersonalChat }

public enum EscalationTopic { Decision, NoResponse, PlanDrift, MeetingMissed, ConferenceNotWorking }

public enum EscalationStatus { AwaitingOwner, AwaitingRaiser, Resolved }
