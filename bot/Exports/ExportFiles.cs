using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// The export's two files. CSV for spreadsheets and case-management imports (UTF-8 with a byte order mark, so that
/// Excel reads it as UTF-8); JSON with the entries exactly as the chronology stores them, hashes included, so
/// that the chain can be checked again outside the bot.
/// </summary>
public static class ExportFiles
{
    public const string ChainCheckKind = "Chain check";

    public static readonly IReadOnlyList<string> CsvHeader =
    [
        "sequence", "kind", "occurredAt", "recordedAt", "recordedBy", "agency", "category",
        "mayShareWithFamily", "professionalsOnlyReason", "corrects", "details", "previousHash", "hash",
    ];

    private static readonly JsonSerializerOptions JsonOptions = new(StorageJson.Options) { WriteIndented = true };

    public static string FileName(string caseRef, DateTimeOffset at, ExportFormat format) =>
        $"{caseRef}-chronology-{at.UtcDateTime:yyyyMMdd-HHmm}.{Extension(format)}";

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "json";

    public static byte[] Build(ExportedChronology export, DateTimeOffset at, ExportFormat format) =>
        format == ExportFormat.Csv ? BuildCsv(export) : BuildJson(export, at);

    public static byte[] BuildCsv(ExportedChronology export)
    {
        var text = new StringBuilder();
        Csv.AppendRecord(text, CsvHeader);
        // The chain check comes first, where a reader cannot miss a warning.
        Csv.AppendRecord(text, ["", ChainCheckKind, "", "", "", "", "", "", "", "", export.ChainStatement, "", ""]);
        foreach (var entry in export.Entries)
            Csv.AppendRecord(text, Row(entry));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] BuildJson(ExportedChronology export, DateTimeOffset at) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonExport(
            export.CaseRef,
            at,
            new JsonChain(export.Chain.Count, export.Chain.Intact, export.Chain.BrokenAt, export.Chain.Problem, export.ChainStatement),
            export.Entries), JsonOptions);

    private static IEnumerable<string> Row(ChronologyEntry entry)
    {
        var view = EntryViews.For(entry, int.MaxValue);
        return
        [
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            ChronologyVocabulary.Title(entry.Kind),
            Iso(entry.OccurredAt),
            Iso(entry.RecordedAt),
            entry.Author.DisplayName,
            entry.Author.Agency.ToString(),
            entry.Category is { } c ? ChronologyVocabulary.Title(c) : "",
            entry.Visibility.MayShareWithFamily ? "yes" : "no",
            entry.Visibility.Reason,
            entry.Corrects?.ToString(CultureInfo.InvariantCulture) ?? "",
            string.Join("\n", view.Lines.Select(l => $"{l.Label}: {l.Text}")),
            entry.PreviousHash,
            entry.Hash,
        ];
    }

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed record JsonExport(string CaseRef, DateTimeOffset ExportedAt, JsonChain Chain, IReadOnlyList<ChronologyEntry> Entries);

    private sealed record JsonChain(long Count, bool Intact, long? BrokenAt, string Problem, string Statement);
}
