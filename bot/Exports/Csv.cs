using System.Text;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, a quote, CR or LF, quotes doubled.
/// A cell that a spreadsheet would read as a formula (starting with = + - @, tab or CR) is prefixed with an
/// apostrophe, so an exported entry can never run as one.
/// </summary>
public static class Csv
{
    public static void AppendRecord(StringBuilder output, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) output.Append(',');
            first = false;
            output.Append(Field(field));
        }
        output.Append("\r\n");
    }

    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
