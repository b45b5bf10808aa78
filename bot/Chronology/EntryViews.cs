using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Chronology;

/// <summary>How each kind of entry reads on a chronology page.</summary>
public static class EntryViews
{
    public static EntryView For(ChronologyEntry entry, int textCap)
    {
        string Cap(string text) => text.Length <= textCap ? text : text[..textCap].TrimEnd() + "… (shortened on this page)";
        var heading = $"#{entry.Sequence} · {ChronologyVocabulary.Title(entry.Kind)}"
            + (entry.Category is { } c ? $" · {ChronologyVocabulary.Title(c)}" : "")
            + $" · {DisplayTime.Format(entry.OccurredAt)}";
        var byline = $"Recorded by {entry.Author.DisplayName} ({CaseVocabulary.Title(entry.Author.Agency)}) on {DisplayTime.Format(entry.RecordedAt)}";
        var restriction = entry.Visibility.MayShareWithFamily ? ""
            : "Professionals only" + (entry.Visibility.Reason.Length > 0 ? ": " + Cap(entry.Visibility.Reason) : "");
        var corrects = entry.Corrects is { } k ? $"Corrects entry #{k}" : "";
        var lines = Lines(entry.Body).Where(l => l.Text.Length > 0).Select(l => l with { Text = Cap(l.Text) }).ToArray();
        return new EntryView(heading, byline, restriction, corrects, lines);
    }

    private static IEnumerable<EntryLine> Lines(ChronologyBody body) => body switch
    {
        ConcernBody c =>
        [
            new("Seen or heard", c.Seen),
            new("The child's words", c.ChildsWords.Length > 0 ? $"“{c.ChildsWords}”" : ""),
            new("Where", c.Where),
            new("Noticed by", c.NoticedBy),
            new("Done at once", c.ActionTaken),
            new("Others who know", c.OthersWhoKnow),
            new("Children's social care aware", ChronologyVocabulary.Title(c.CscAware) + (c.CscAwareHow.Length > 0 ? ": " + c.CscAwareHow : "")),
            new("Level", ChronologyVocabulary.Title(c.Level)),
            new("Submitted as written despite", string.Join(", ", c.AcceptedFlags)),
        ],
        MonitoringCheckBody m => [new("Nothing new", m.Note.Length > 0 ? m.Note : "Nothing new to record.")],
        ParentContactBody p =>
        [
            new("How", p.Method),
            new("Who was there", p.Present),
            new("Reached", p.Reached ? "Yes" : "No, attempted"),
            new("Outcome", p.Outcome),
            new("Consent to share", p.Consent switch
            {
                ParentConsent.Given => "Given",
                ParentConsent.Refused => "Refused",
                _ => "Not sought",
            } + (p.ConsentReason.Length > 0 ? ": " + p.ConsentReason : "")),
        ],
        CorrectionBody r => [new("What was wrong", r.Reason), new("Correct record", r.Correction)],
        ReferralBody r => [new("Referral", r.Step), new("Detail", r.Detail)],
        ReviewBody v => [new("Review of entry", $"#{v.Reviews}: " + (v.Outcome == ReviewOutcome.ReferNow ? "refer now" : "reviewed, no further action"))],
        EscalationBody e => [new("Escalation", $"Stage {e.Stage}: {e.Step}"), new("Detail", e.Detail)],
        MonitoringPeriodBody p => [new("Monitoring period", p.Step), new("Detail", p.Detail)],
        SiblingBody b => [new("Sibling's case", b.SiblingCaseRef + (b.SiblingEntry is { } n ? $", entry #{n}" : "")), new("Detail", b.Detail)],
        ConferenceBody m => [new("Meeting", $"{m.Meeting}: {m.Step}"), new("Detail", m.Detail)],
        PlanBody p => [new("Plan action", $"#{p.Action}: {p.Step}"), new("Detail", p.Detail)],
        _ => [],
    };
}
