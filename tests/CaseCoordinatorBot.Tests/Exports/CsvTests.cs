using System.Text;
using CaseCoordinatorBot.Exports;

namespace CaseCoordinatorBot.Tests.Exports;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("she said \"no\"", "\"she said \"\"no\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_RFC_4180_says_and_formulas_are_disarmed(string value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void A_record_ends_in_CRLF_with_fields_separated_by_commas()
    {
        var output = new StringBuilder();
        Csv.AppendRecord(output, ["1", "a,b", ""]);
        Assert.Equal("1,\"a,b\",\r\n", output.ToString());
    }
}
