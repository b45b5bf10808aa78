using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;

namespace CaseCoordinatorBot.Tests.Cards;

public sealed class JsValuesTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(3d, "3")]
    [InlineData(-1042d, "-1042")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(100d, "100")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e22, "1.5e+22")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.23e-18, "1.23e-18")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.Epsilon, "5e-324")]
    [InlineData(123456.789, "123456.789")]
    public void Numbers_print_as_javascript_prints_them(double value, string expected) =>
        Assert.Equal(expected, JsValues.FormatNumber(value));

    [Fact]
    public void Arrays_print_as_javascript_joins_them() =>
        Assert.Equal("1,,x,a,b,[object Object],true", JsValues.ToJsString(JsonNode.Parse("""[ 1, null, "x", [ "a", "b" ], {}, true ]""")));

    [Fact]
    public void Objects_are_equal_by_content_whatever_the_key_order() =>
        Assert.True(JsValues.CommonEquals(JsonNode.Parse("""{ "a": 1, "b": [ 2 ] }"""), JsonNode.Parse("""{ "b": [ 2.0 ], "a": 1 }""")));

    [Fact]
    public void Objects_with_different_key_case_are_not_equal() =>
        Assert.False(JsValues.CommonEquals(JsonNode.Parse("""{ "a": 1 }"""), JsonNode.Parse("""{ "A": 1 }""")));
}
