using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// The kind-specific part of an entry. The discriminator is stored with the body, so later kinds
/// (referral, decision, meeting, escalation) add a record here without touching stored entries.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$body")]
[JsonDerivedType(typeof(ConcernBody), "concern")]
[JsonDerivedType(typeof(MonitoringCheckBody), "monitoringCheck")]
[JsonDerivedType(typeof(ParentContactBody), "parentContact")]
[JsonDerivedType(typeof(CorrectionBody), "correction")]
[JsonDerivedType(typeof(ReferralBody), "referral")]
[JsonDerivedType(typeof(ReviewBody), "review")]
[JsonDerivedType(typeof(EscalationBody), "escalation")]
[JsonDerivedType(typeof(SiblingBody), "sibling")]
[JsonDerivedType(typeof(MonitoringPeriodBody), "monitoringPeriod")]
[JsonDerivedType(typeof(ConferenceBody), "conference")]
[JsonDerivedType(typeof(PlanBody), "plan")]
public abstract record ChronologyBody;

/// <summary>A concern as the person who noticed it recorded it. The child's words are kept exactly as typed.</summary>
public sealed record ConcernBody(
    string Seen,
    string ChildsWords,
    string Where,
    string NoticedBy,
    string ActionTaken,
    string OthersWhoKnow,
    CscAwareness CscAware,
    string CscAwareHow,
    ConcernLevel Level,
    IReadOnlyList<string> AcceptedFlags) : ChronologyBody;

/// <summary>An agency's answer to "anything new?": nothing new to record, with an optional note.</summary>
public sealed record MonitoringCheckBody(string Note) : ChronologyBody;

/// <summary>
/// A contact or attempted contact with a parent or carer, and what was decided about consent to share: given,
/// refused, or not sought with the reason (seeking it would put the child at risk). Consent is recorded, never
/// required: sharing to protect a child does not depend on it.
/// </summary>
public sealed record ParentContactBody(string Method, string Present, bool Reached, string Outcome,
    ParentConsent Consent, string ConsentReason) : ChronologyBody;

public enum ParentConsent { Given, Refused, NotSought }

/// <summary>Corrects the entry named by <see cref="ChronologyEntry.Corrects"/>: what was wrong and what is right.</summary>
public sealed record CorrectionBody(string Reason, string Correction) : ChronologyBody;

/// <summary>A step of a referral to children's social care, as the referral's own history records it.</summary>
public sealed record ReferralBody(string ReferralId, string Step, string Detail) : ChronologyBody;

/// <summary>
/// The review of an early (sub-threshold) concern, entry <paramref name="Reviews"/>, when its review date came:
/// recorded as a monitoring check, so that it reads with the other "is there anything new?" answers.
/// </summary>
public sealed record ReviewBody(long Reviews, ReviewOutcome Outcome) : ChronologyBody;

/// <summary>What the reviewer decided: nothing more is needed, or the child is to be referred now.</summary>
public enum ReviewOutcome { NoFurtherAction, ReferNow }

/// <summary>A step of a professional-disagreement escalation: raised, answered, nudged, moved on, closed.</summary>
public sealed record EscalationBody(string EscalationId, int Stage, string Step, string Detail) : ChronologyBody;

/// <summary>
/// A link to a sibling's case, or a prompt that the sibling's case has a new concern (<paramref name="SiblingEntry"/>
/// names its entry there). Never the sibling's concern text: people here may not be in that case.
/// </summary>
public sealed record SiblingBody(string SiblingCaseRef, string Step, long? SiblingEntry, string Detail) : ChronologyBody;
/// <summary>A step of a case meeting (strategy discussion, conference, core group...): requested, booked, warned, cancelled.</summary>
public sealed record ConferenceBody(string ConferenceId, string Meeting, string Step, string Detail) : ChronologyBody;

/// <summary>A change to the child's plan: an action added, or its status changed by its owner.</summary>
public sealed record PlanBody(int Action, string Step, string Detail) : ChronologyBody;

/// <summary>A step of a monitoring period: set, extended, closed as improved, or closed for referral.</summary>
public sealed record MonitoringPeriodBody(string PeriodId, string Step, string Detail) : ChronologyBody;

public enum CscAwareness { Yes, No, NotSure }

/// <summary>Sub-threshold (early) concerns are recorded and reviewed together; the other needs a referral now.</summary>
public enum ConcernLevel { Early, ReferralNow }
