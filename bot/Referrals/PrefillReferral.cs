using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// "Fill in from the chosen concerns" on the referral form: the form comes back with what was seen and what the child
/// said, taken from the chronology, and everything the referrer had already typed kept.
/// </summary>
public sealed class PrefillReferral(CaseStore cases, ReferralFormAccess formAccess, ReferralConcernPicker picker) : IVerbHandler<SubmitReferralData>
{
    public static string Verb => "referral.prefill";

    public async Task<TurnReply> HandleAsync(Turn turn, SubmitReferralData data, CancellationToken cancellationToken)
    {
        var (grant, refusal) = await formAccess.RequireReferrerAsync(turn, data.CaseRef, data.ReferralId, Verb, cancellationToken);
        if (grant is null) return refusal!;
        var file = grant.Case;

        var chosen = ReferralRules.ChosenConcerns(data.Concerns);
        var desks = await StartReferral.DeskChoicesAsync(cases, cancellationToken);
        var choices = await picker.ChoicesAsync(file.CaseRef, cancellationToken);
        var form = StartReferral.Form(file, data.ReferralId!, desks, choices) with
        {
            WhatHappened = data.WhatHappened ?? "",
            ChildsWords = data.ChildsWords ?? "",
            Fears = data.Fears ?? "",
            HelpAsked = data.HelpAsked ?? "",
            Consent = data.Consent ?? "",
            ConsentNote = data.ConsentNote ?? "",
            Desk = data.Desk is { Length: > 0 } desk ? desk : desks.Count == 1 ? desks[0].Value : "",
            ChosenConcerns = data.Concerns ?? "",
        };
        if (chosen.Count == 0)
            return TurnReply.Card("referrals/form", form with { Problem = "Tick at least one concern to fill the form from." });

        var text = await picker.ComposeAsync(file.CaseRef, chosen, cancellationToken);
        if (text.FromEntries.Count == 0)
            return TurnReply.Card("referrals/form", form with { Problem = "Those concerns are no longer among the recent ones. Tick them again from the list." });
        return TurnReply.Card("referrals/form", form with
        {
            WhatHappened = ReferralRules.Combine(data.WhatHappened, text.WhatHappened),
            ChildsWords = ReferralRules.Combine(data.ChildsWords, text.ChildsWords),
            Problem = "",
            Notice = "Filled in from the chronology. Read it through, add what only you know, and say what you fear and what help you ask for.",
        });
    }
}
