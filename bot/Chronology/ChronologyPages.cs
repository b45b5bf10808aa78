using System.Text.Json;
using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Chronology;

/// <summary>
/// Builds chronology pages: newest first, a few entries a page, optionally only one agency's or one
/// category's entries. Long texts are shortened on the page until the card is well under Teams' message
/// limit (the whole text stays in the chronology).
/// </summary>
public sealed class ChronologyPages(ChronologyStore store, CardTemplates cards)
{
    public const string Template = "chronology/page";
    public const int PageSize = 5;

    /// <summary>Teams refuses messages over about 28 KB; stay well under it.</summary>
    public const int MaxCardBytes = 20_000;

    private const int ScanBatch = 24;
    private static readonly int[] TextCaps = [700, 350, 160, 60];

    public const string AllValue = "all";

    private const int MaxPage = 10_000;

    public async Task<ChronologyCard> BuildAsync(CaseFile file, int page, string? agency, string? category, CancellationToken cancellationToken)
    {
        // A crafted page number cannot make the filtered scan overflow or run away.
        page = Math.Clamp(page, 0, MaxPage);
        var agencyFilter = Enum.TryParse<Agency>(agency, out var a) && Enum.IsDefined(a) ? a : (Agency?)null;
        var categoryFilter = Enum.TryParse<ConcernCategory>(category, out var c) && Enum.IsDefined(c) ? c : (ConcernCategory?)null;
        bool Matches(ChronologyEntry e) =>
            (agencyFilter is null || e.Author.Agency == agencyFilter) && (categoryFilter is null || e.Category == categoryFilter);

        var last = await store.LastSequenceAsync(file.CaseRef, cancellationToken);
        List<ChronologyEntry> shown;
        bool hasOlder;
        string summary;
        if (agencyFilter is null && categoryFilter is null)
        {
            var newest = last - (long)page * PageSize;
            var sequences = Enumerable.Range(0, PageSize).Select(i => newest - i).Where(s => s >= 1).ToArray();
            shown = [.. (await store.ReadManyAsync(file.CaseRef, sequences, cancellationToken)).OfType<ChronologyEntry>()];
            hasOlder = newest - PageSize >= 1;
            summary = last == 0 ? "No entries yet. Type 'concern' to log one."
                : shown.Count == 0 ? "No entries on this page."
                : $"Entries {shown[0].Sequence} to {shown[^1].Sequence} of {last}, newest first.";
        }
        else
        {
            // Filters scan backwards from the newest entry until the page is full and one more match is known.
            var matches = new List<ChronologyEntry>();
            var wanted = (page + 1) * PageSize + 1;
            for (var next = last; next >= 1 && matches.Count < wanted; next -= ScanBatch)
            {
                var sequences = Enumerable.Range(0, ScanBatch).Select(i => next - i).Where(s => s >= 1);
                matches.AddRange((await store.ReadManyAsync(file.CaseRef, sequences, cancellationToken)).OfType<ChronologyEntry>().Where(Matches));
            }
            shown = [.. matches.Skip(page * PageSize).Take(PageSize)];
            hasOlder = matches.Count > (page + 1) * PageSize;
            summary = shown.Count == 0 ? "No entries match these filters."
                : $"Entries matching the filters, newest first (page {page + 1}).";
        }

        foreach (var cap in TextCaps)
        {
            var card = new ChronologyCard(file.CaseRef, file.Initials, summary, "", agencyFilter?.ToString() ?? AllValue,
                categoryFilter?.ToString() ?? AllValue, AgencyChoices, CategoryChoices,
                [.. shown.Select(e => EntryViews.For(e, cap))], page > 0, hasOlder, Math.Max(0, page - 1), page + 1);
            if (SizeOf(card) <= MaxCardBytes || cap == TextCaps[^1]) return card;
        }
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The size of the card as it goes on the wire.</summary>
    public int SizeOf(ChronologyCard card) =>
        JsonSerializer.SerializeToUtf8Bytes(cards.Render(Template, card), BotJson.Options).Length;

    private static readonly IReadOnlyList<Choice> AgencyChoices =
        [new(AllValue, "All agencies"), .. CaseVocabulary.AgencyChoices];

    private static readonly IReadOnlyList<Choice> CategoryChoices =
        [new(AllValue, "All categories"), .. Enum.GetValues<ConcernCategory>().Select(c => new Choice(c.ToString(), ChronologyVocabulary.Title(c)))];
}
