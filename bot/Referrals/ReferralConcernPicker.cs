using System.Text;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// The concerns a referral can be built from: the recent ones in the shared chronology, whichever agency logged
/// them, so that the referral carries what every agency has seen and not only the school's latest worry.
/// </summary>
public sealed class ReferralConcernPicker(ChronologyStore chronology)
{
    /// <summary>How far back the form looks: enough for the pattern behind a referral, bounded so the form stays fast.</summary>
    public const int ScanEntries = 60;

    public const int MaxChoices = 8;

    /// <summary>Recent concerns, newest first, as choices whose value is the entry's sequence.</summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync(string caseRef, CancellationToken cancellationToken)
    {
        var recent = await RecentAsync(caseRef, cancellationToken);
        return [.. recent.Where(e => e.Body is ConcernBody).Take(MaxChoices).Select(e => new Choice(
            e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), Headline(e)))];
    }

    /// <summary>
    /// The chosen concerns as text for the form: what was seen, and the child's words kept as said. Sequences that
    /// are not recent concerns of this case are ignored, so a crafted list cannot pull in anything else.
    /// </summary>
    public async Task<PrefilledText> ComposeAsync(string caseRef, IReadOnlySet<long> chosen, CancellationToken cancellationToken)
    {
        var recent = await RecentAsync(caseRef, cancellationToken);
        var corrections = recent.Where(e => e.Body is CorrectionBody && e.Corrects is not null)
            .GroupBy(e => e.Corrects!.Value).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Sequence).ToArray());
        var seen = new StringBuilder();
        var words = new StringBuilder();
        var used = new List<long>();
        // Oldest first: a referral reads as the story of what happened.
        foreach (var entry in recent.Where(e => e.Body is ConcernBody && chosen.Contains(e.Sequence)).OrderBy(e => e.Sequence))
        {
            var concern = (ConcernBody)entry.Body;
            used.Add(entry.Sequence);
            seen.Append($"{DisplayTime.Format(entry.OccurredAt)} ({CaseVocabulary.Title(entry.Author.Agency)}, entry #{entry.Sequence}): {concern.Seen}");
            if (concern.Where.Length > 0) seen.Append($" Where: {concern.Where}.");
            if (concern.ActionTaken.Length > 0) seen.Append($" Done at once: {concern.ActionTaken}.");
            foreach (var correction in corrections.GetValueOrDefault(entry.Sequence, []))
                seen.Append($" Corrected in entry #{correction.Sequence}: {((CorrectionBody)correction.Body).Correction}");
            seen.Append("\n\n");
            if (concern.ChildsWords.Length > 0)
                words.Append($"“{concern.ChildsWords}” ({DisplayTime.Format(entry.OccurredAt)})\n");
        }
        return new PrefilledText(Fit(seen.ToString().Trim()), Fit(words.ToString().Trim()), used);
    }

    private Task<IReadOnlyList<ChronologyEntry>> RecentAsync(string caseRef, CancellationToken cancellationToken) =>
        chronology.LatestAsync(caseRef, ScanEntries, cancellationToken);

    private static string Headline(ChronologyEntry entry)
    {
        var concern = (ConcernBody)entry.Body;
        var gist = concern.Seen.Length <= 60 ? concern.Seen : concern.Seen[..60].TrimEnd() + "…";
        var category = entry.Category is { } c ? ChronologyVocabulary.Title(c) + ", " : "";
        return $"#{entry.Sequence} · {DisplayTime.Format(entry.OccurredAt)} · {category}{CaseVocabulary.Title(entry.Author.Agency)}: {gist}";
    }

    /// <summary>The form's fields hold at most <see cref="ReferralRules.MaxTextLength"/> characters; say so rather than cut silently.</summary>
    private static string Fit(string text)
    {
        const string More = "\n\n(More in the chronology: the chosen concerns were longer than the form holds.)";
        return text.Length <= ReferralRules.MaxTextLength ? text : text[..(ReferralRules.MaxTextLength - More.Length)].TrimEnd() + More;
    }
}

/// <summary>Text for the form's "what happened" and "child's words", and the entries it came from.</summary>
public sealed record PrefilledText(string WhatHappened, string ChildsWords, IReadOnlyList<long> FromEntries);
