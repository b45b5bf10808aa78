using System.Text.Json.Serialization;
using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// One referral to a CSC front door, as stored in <c>cases/&lt;ref&gt;/referrals/&lt;id&gt;.json</c>. It carries its own
/// history (every status change, who, when, why) until the shared case chronology takes those entries over.
/// <see cref="Revision"/> goes up by one on every change and travels on the cards, so an action taken on a card
/// that is no longer current is refused rather than applied over someone else's change.
/// </summary>
public sealed record Referral(
    string Id,
    string CaseRef,
    string Initials,
    int Revision,
    ReferralStatus Status,
    ReferralContent Content,
    ReferralPerson Referrer,
    DateTimeOffset SubmittedAt,
    DeskRef Desk,
    ReferralCardIds Cards,
    DateTimeOffset AcknowledgeDue,
    DateTimeOffset DecisionDue,
    ReferralPerson? Holder,
    ReferralPerson? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    ReferralDecision? Decision,
    ReferralChallenge? Challenge,
    IReadOnlyList<StatusRequest> StatusRequests,
    IReadOnlyList<ReferralHistoryEntry> History)
{
    /// <summary>What comes next and by when, or null once decided.</summary>
    [JsonIgnore]
    public (string Step, DateTimeOffset Due)? NextStep => Status switch
    {
        ReferralStatus.Submitted => ("CSC to acknowledge the referral", AcknowledgeDue),
        ReferralStatus.Acknowledged => ("CSC to decide and give the reason", DecisionDue),
        _ => null,
    };

    [JsonIgnore]
    public StatusRequest? OpenRequest => StatusRequests.LastOrDefault(r => r.AnsweredAt is null);

    [JsonIgnore]
    public StatusRequest? LastAnswered => StatusRequests.LastOrDefault(r => r.AnsweredAt is not null);
}

public enum ReferralStatus { Submitted, Acknowledged, Decided }

public enum ReferralOutcome { NoFurtherAction, EarlyHelp, ChildInNeedAssessment, StrategyDiscussion, PassedToAnotherArea }

public enum ParentalConsent { Given, Refused, NotSought }

/// <summary>What the referrer wrote. Never logged.</summary>
public sealed record ReferralContent(
    string WhatHappened,
    string ChildsWords,
    string Fears,
    string HelpAsked,
    ParentalConsent Consent,
    string ConsentNote);

/// <summary>A person as the referral remembers them: the identity key and the name to show.</summary>
public sealed record ReferralPerson(string UserKey, string Name);

/// <summary>The CSC front-door desk the referral went to.</summary>
public sealed record DeskRef(string ChannelId, string DeskName, string ServiceUrl);

/// <summary>
/// Where the two living cards are: the school's status card in the case channel, and the referral's own thread in
/// the desk channel (the thread's conversation id and the card that opened it). <see cref="DeskPostFailed"/> and
/// <see cref="DeskPostClaimedAt"/>: the last attempt to open that thread failed, or started long enough ago to have
/// been lost, so the next click on the form may try again (one click at a time).
/// </summary>
public sealed record ReferralCardIds(
    string SchoolConversationId,
    string SchoolActivityId,
    string SchoolServiceUrl,
    string DeskConversationId,
    string DeskActivityId,
    bool DeskPostFailed = false,
    DateTimeOffset? DeskPostClaimedAt = null)
{
    public static ReferralCardIds None { get; } = new("", "", "", "", "");
}

public sealed record ReferralDecision(
    ReferralOutcome Outcome,
    string Reason,
    string Advice,
    ReferralPerson DecidedBy,
    DateTimeOffset DecidedAt);

public sealed record ReferralChallenge(string Reason, ReferralPerson By, DateTimeOffset At);

/// <summary>A school's "ask for an update", and CSC's answer from its own channel.</summary>
public sealed record StatusRequest(
    string Id,
    ReferralPerson AskedBy,
    DateTimeOffset AskedAt,
    string CardActivityId,
    string Answer,
    ReferralPerson? AnsweredBy,
    DateTimeOffset? AnsweredAt);

/// <summary>One line of the referral's own history: what happened, who did it, when, and why.</summary>
public sealed record ReferralHistoryEntry(DateTimeOffset At, string Event, ReferralPerson By, string Detail);

/// <summary>The referral, seen from the outside: identity of the case and id only.</summary>
public sealed record ReferralKey(string CaseRef, string ReferralId);

internal static class ReferralPersons
{
    public static ReferralPerson From(Protocol.Routing.BotUser user) => new(user.Key, user.DisplayName);

    public static ReferralPerson From(CaseMember member) => new(member.UserKey, member.Name);
}
