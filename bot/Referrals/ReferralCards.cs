using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Data of <c>cards/referrals/form.json</c>.</summary>
public sealed record ReferralFormCard(
    string CaseRef, string Initials, string ReferralId, string Problem,
    string WhatHappened, string ChildsWords, string Fears, string HelpAsked, string Consent, string ConsentNote, string Desk,
    IReadOnlyList<Choice> Desks, IReadOnlyList<Choice> Consents,
    bool HasConcerns, IReadOnlyList<Choice> ConcernChoices, string ChosenConcerns, string Notice);

/// <summary>Data of <c>cards/referrals/desk.json</c>: the referral in its own thread of the CSC front-door channel.</summary>
public sealed record ReferralDeskCard(
    string CaseRef, string Initials, string ReferralId, string Revision, string Problem, string Notice,
    string StatusTitle, string HolderName, string ReferrerName, string SubmittedAt, string NextStep, bool Overdue,
    string WhatHappened, string ChildsWords, string Fears, string HelpAsked, string ConsentTitle, string ConsentNote,
    bool Decided, string OutcomeTitle, string Reason, string Advice, string DecidedBy, string DecidedAt,
    bool Challenged, string ChallengeText, bool CanAcknowledge, bool CanDecide, IReadOnlyList<Choice> Outcomes);

/// <summary>Data of <c>cards/referrals/status.json</c>: the school's one living card in the case channel.</summary>
public sealed record ReferralStatusCard(
    string CaseRef, string Initials, string ReferralId, string Problem,
    string StatusTitle, string HolderName, string DeskName, string SubmittedAt, string ReferrerName, string NextStep, bool Overdue,
    bool Decided, string OutcomeTitle, string Reason, string Advice, string DecidedBy, string DecidedAt,
    string UpdateText, string ChallengeText, bool CanAsk, bool CanChallenge);

/// <summary>Data of <c>cards/referrals/status-request.json</c>, posted in the referral's desk thread.</summary>
public sealed record StatusRequestCard(
    string CaseRef, string Initials, string ReferralId, string RequestId, string Problem,
    string AskedBy, string AskedAt, string HolderText, string StatusTitle,
    bool Answered, string Answer, string AnsweredBy, string AnsweredAt, IReadOnlyList<Choice> Statuses);
