using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;
using static CaseCoordinatorBot.Tests.Cards.ExpanderAssert;

namespace CaseCoordinatorBot.Tests.Cards;

// adaptive-expressions semantics: "" and 0 are true, comparisons and logic never see ${path} substitutes,
// and == binds tighter than < and >.
public sealed class TemplateExpressionTests
{
    [Theory]
    [InlineData("${1 == 1.0}", "true")]
    [InlineData("${'a' != 'b'}", "true")]
    [InlineData("${name == 'Ann'}", "true")]
    [InlineData("${name == 'ann'}", "false")]
    [InlineData("${n == '3'}", "false")]
    [InlineData("${missing == null}", "true")]
    [InlineData("${nul == missing}", "true")]
    [InlineData("${obj == $root.obj}", "true")]
    [InlineData("${strs == nums}", "false")]
    [InlineData("${items[0] == items[0]}", "true")]
    [InlineData("${n < 5}", "true")]
    [InlineData("${n <= 3}", "true")]
    [InlineData("${n > 3}", "false")]
    [InlineData("${n >= 3}", "true")]
    [InlineData("${name > 'ann'}", "false")]
    [InlineData("${'b' > 'a'}", "true")]
    [InlineData("${missing < 1}", "false")]
    [InlineData("${!t}", "false")]
    [InlineData("${!e}", "false")]
    [InlineData("${!z}", "false")]
    [InlineData("${!nul}", "true")]
    [InlineData("${!missing}", "true")]
    [InlineData("${!t == false}", "true")]
    [InlineData("${t && no}", "false")]
    [InlineData("${t && e}", "true")]
    [InlineData("${no || missing || z}", "true")]
    [InlineData("${(n > 1) && (n < 5)}", "true")]
    [InlineData("${n > 1 && !(n == 2)}", "true")]
    [InlineData("${exists(name)}", "true")]
    [InlineData("${exists(e)}", "true")]
    [InlineData("${exists(missing)}", "false")]
    [InlineData("${exists(nul)}", "false")]
    [InlineData("${count(items)}", "2")]
    [InlineData("${count(name)}", "3")]
    [InlineData("${count(obj)}", "2")]
    [InlineData("${count(missing)}", "10")]
    [InlineData("${empty(e)}", "true")]
    [InlineData("${empty(none)}", "true")]
    [InlineData("${empty(missing)}", "true")]
    [InlineData("${empty(z)}", "false")]
    [InlineData("${empty(obj)}", "false")]
    [InlineData("${not(t)}", "false")]
    [InlineData("${not(missing)}", "true")]
    [InlineData("${if(t, 'yes', 'no')}", "\"yes\"")]
    [InlineData("${if(e, 1, 2)}", "1")]
    [InlineData("${if(missing, 1, 2)}", "2")]
    [InlineData("${if(t, missing, 2)}", "\"${missing}\"")]
    [InlineData("${if(t, items, 1)}", """[ { "v": "a" }, { "v": "b" } ]""")]
    [InlineData("${join(strs, ', ')}", "\"a, b\"")]
    [InlineData("${join(nums, '-')}", "\"1-2.5\"")]
    [InlineData("${join(none, ',')}", "\"\"")]
    [InlineData("${join(strs, ', ', ' and ')}", "\"a and b\"")]
    [InlineData("${join(nested.deep.list, ', ', ' and ')}", "\"10 and 20\"")]
    public void Operators_and_functions_follow_adaptive_expressions(string text, string expected) =>
        Equal(JsonNode.Parse(expected), Value(text));

    [Fact]
    public void Join_with_a_final_separator_uses_it_before_the_last_of_three_or_more() =>
        Assert.Equal("x, y and z", (string?)Value("${join(list, ', ', ' and ')}", """{ "list": [ "x", "y", "z" ] }"""));

    [Fact]
    public void Equality_binds_tighter_than_comparison_so_mixed_chains_fail() =>
        Assert.Throws<CardTemplateException>(() => Value("${1 < 2 == true}"));

    [Theory]
    [InlineData("${a b}")]
    [InlineData("${a ==}")]
    [InlineData("${(a}")]
    [InlineData("${a = b}")]
    [InlineData("${items.0}")]
    public void A_syntax_error_is_refused_when_the_template_is_parsed(string text)
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplateExpander.Parse(JsonNode.Parse($$"""{ "body": [ { "text": {{JsonValue.Create(text).ToJsonString()}} } ] }""")!));
        Assert.Equal("$.body[0].text", error.Path);
    }

    [Theory]
    [InlineData("${toUpper(name)}")]
    [InlineData("${foo(1)}")]
    [InlineData("x ${foo(1)}")]
    [InlineData("${obj.count(x)}")]
    [InlineData("${n + 1}")]
    [InlineData("${n - 1}")]
    [InlineData("${a ?? b}")]
    [InlineData("${t ? 1 : 2}")]
    [InlineData("${[1, 2]}")]
    [InlineData("${ {a: 1} }")]
    [InlineData("${a <> b}")]
    [InlineData("`code` ${name}")]
    [InlineData("${count(1)}")]
    [InlineData("${count(items, 1)}")]
    [InlineData("${join(strs)}")]
    [InlineData("${join(strs, 1)}")]
    [InlineData("${exists()}")]
    [InlineData("${if(t, 1)}")]
    public void Anything_outside_the_supported_subset_is_refused_when_the_template_is_parsed(string text) =>
        Assert.Throws<CardTemplateException>(() => CardTemplateExpander.Parse(JsonValue.Create(text)));

    [Fact]
    public void Literal_data_with_bindings_inside_is_refused() =>
        Assert.Throws<CardTemplateException>(() => CardTemplateExpander.Parse(JsonNode.Parse("""{ "$data": { "k": "${name}" } }""")!));

    [Theory]
    [InlineData("name", "name")]
    [InlineData("obj.s", "obj.s")]
    [InlineData("items[0].v", "items[0].v")]
    [InlineData("!t", "!(t)")]
    [InlineData("a == 'it''s'", "(a == 'it\\'s')")]
    [InlineData("exists(a) && b < 2", "(exists(a) && (b < 2))")]
    [InlineData("join(strs, ', ')", "join(strs, ', ')")]
    [InlineData("if(a, 1.5, null)", "if(a, 1.5, null)")]
    public void Expressions_print_as_adaptive_expressions_prints_them(string expression, string printed) =>
        Assert.Equal(printed, TemplateExpressionParser.Parse(expression.Replace("''", "\\'", StringComparison.Ordinal)).ToString());
}
