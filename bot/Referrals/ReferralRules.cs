using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Referrals;

/// <summary>The rules a referral's inputs and actors must meet, as plain functions so they can be tested alone.</summary>
public static class ReferralRules
{
    public const int MaxTextLength = 4000;
    public const int MaxAnswerLength = 1000;

    /// <summary>
    /// A referrer is someone the school side named: a case lead for a school, a DSL or a deputy DSL.
    /// </summary>
    public static bool MayRefer(CaseFile file, string userKey) =>
        file.Members.Any(m => m.UserKey == userKey
            && (m.Role is CaseRole.Dsl or CaseRole.DeputyDsl || (m.Role == CaseRole.Lead && m.Agency == Agency.School)));

    /// <summary>Holds a CSC role in this case (besides the desk roster, the other way to act for CSC).</summary>
    public static bool HasCscRole(CaseFile file, string userKey) =>
        file.Members.Any(m => m.UserKey == userKey && m.Agency == Agency.Csc);

    /// <summary>What is wrong with a referral form, or null. The help asked for is required: refusals for not saying it are a known form of gatekeeping.</summary>
    public static string? SubmissionProblem(SubmitReferralData data, out ParentalConsent consent)
    {
        consent = default;
        if (IsBlank(data.WhatHappened))
            return "Say what happened: what you saw or heard, when, and who was there.";
        if (IsBlank(data.Fears))
            return "Say what you fear will happen to the child if nothing changes.";
        if (IsBlank(data.HelpAsked))
            return "Say what help you are asking for: CSC needs it to decide, and a referral must never be turned away for lacking it.";
        if (!Enum.TryParse(data.Consent, ignoreCase: false, out consent) || !Enum.IsDefined(consent))
            return "Say whether the parents know and agree: given, refused, or not sought.";
        if (consent == ParentalConsent.NotSought && IsBlank(data.ConsentNote))
            return "Say why consent was not sought (for example, asking would put the child at more risk). It does not stop the referral.";
        if (TooLong(data.WhatHappened, data.ChildsWords, data.Fears, data.HelpAsked, data.ConsentNote))
            return $"Each answer can be up to {MaxTextLength} characters. Shorten the longest one.";
        if (IsBlank(data.Desk))
            return "Choose the children's social care front door to send the referral to.";
        return null;
    }

    /// <summary>
    /// What is wrong with a decision, or null: every decision needs a written reason, and no further action also needs
    /// the advice given to the school.
    /// </summary>
    public static string? DecisionProblem(string? outcomeText, string? reason, string? advice, out ReferralOutcome outcome)
    {
        outcome = default;
        if (!Enum.TryParse(outcomeText, ignoreCase: false, out outcome) || !Enum.IsDefined(outcome))
            return "Choose the outcome of the referral.";
        if (IsBlank(reason))
            return "Write the reason for this decision. The school is told it in full; a decision cannot be recorded without it.";
        if (outcome == ReferralOutcome.NoFurtherAction && IsBlank(advice))
            return "No further action needs the advice given to the school: what they should do and watch for now.";
        if (TooLong(reason, advice))
            return $"The reason and the advice can each be up to {MaxTextLength} characters.";
        return null;
    }

    /// <summary>The flagged words with what to write instead, and how to send anyway.</summary>
    public static string PlainLanguageProblem(IReadOnlyList<Concerns.PlainLanguageFlag> flags) =>
        "Say what was actually seen or said, so that CSC can picture the child's day. "
        + string.Join(" ", flags.Select(f => $"'{f.Phrase}': {f.Suggestion}"))
        + " Edit the text, or tick 'Send as written' and send again.";

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    public static string Clean(string? text) => (text ?? "").Trim();

    private static bool TooLong(params string?[] texts) => texts.Any(t => (t?.Length ?? 0) > MaxTextLength);

    /// <summary>The sequences ticked on the form (Teams sends a multi-select as comma-separated values).</summary>
    public static IReadOnlySet<long> ChosenConcerns(string? values) =>
        (values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => long.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0)
            .Where(s => s > 0).Take(ReferralConcernPicker.MaxChoices).ToHashSet();

    /// <summary>
    /// What the referrer typed, then the text from the chronology, within the field's limit. Pressing the button twice
    /// does not add the same text twice.
    /// </summary>
    public static string Combine(string? typed, string added)
    {
        var mine = Clean(typed);
        if (added.Length == 0 || mine.Contains(added, StringComparison.Ordinal)) return mine;
        var separator = mine.Length == 0 ? "" : "\n\n";
        var room = MaxTextLength - mine.Length - separator.Length;
        return room <= 0 ? mine : mine + separator + (added.Length <= room ? added : added[..room]);
    }
}
