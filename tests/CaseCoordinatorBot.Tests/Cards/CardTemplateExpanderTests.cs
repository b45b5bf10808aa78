using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;
using static CaseCoordinatorBot.Tests.Cards.ExpanderAssert;

namespace CaseCoordinatorBot.Tests.Cards;

// Expected values were checked against npm adaptivecards-templating 2.3.1; the conformance tests re-check
// the unusual ones against node on every run.
public sealed class CardTemplateExpanderTests
{
    [Fact]
    public void Text_without_bindings_and_other_literals_are_copied_unchanged() =>
        Expands("""{ "a": "plain $ { } text", "b": 1.25, "c": true, "d": null, "e": [ "x", 2 ], "f": {} }""",
            """{ "a": "plain $ { } text", "b": 1.25, "c": true, "d": null, "e": [ "x", 2 ], "f": {} }""");

    [Fact]
    public void A_string_that_is_exactly_one_binding_keeps_the_type_of_the_value() =>
        Expands("""{ "n": "${n}", "f": "${f}", "t": "${t}", "s": "${name}", "o": "${obj}", "a": "${strs}", "nul": "${nul}" }""",
            """{ "n": 3, "f": 1.5, "t": true, "s": "Ann", "o": { "k": 1, "s": "x" }, "a": [ "a", "b" ], "nul": null }""");

    [Fact]
    public void Bindings_among_text_are_interpolated_as_javascript_prints_values() =>
        Assert.Equal("3 1.5 1e+21 0.000001 true false [object Object] a,b 1,2.5 |",
            (string?)Value("${n} ${f} ${big} ${small} ${t} ${no} ${obj} ${strs} ${nums} ${e}|"));

    [Fact]
    public void A_literal_alone_in_a_binding_becomes_text() =>
        Expands("""{ "a": "${1}", "b": "${true}", "c": "${'x'}", "d": "${ }" }""", """{ "a": "1", "b": "true", "c": "x", "d": "" }""");

    [Theory]
    [InlineData("${obj.s}", "\"x\"")]
    [InlineData("${items[1].v}", "\"b\"")]
    [InlineData("${nested.deep.list[1]}", "20")]
    [InlineData("${$root.name}", "\"Ann\"")]
    [InlineData("${$data.obj.k}", "1")]
    [InlineData("${obj['s']}", "\"x\"")]
    [InlineData("${NAME} ${mixed}", "\"Ann case\"")]
    public void Paths_follow_properties_and_indexes_and_ignore_case(string text, string expected) =>
        Equal(JsonNode.Parse(expected), Value(text));

    [Theory]
    [InlineData("${missing}", "${missing}")]
    [InlineData("${missing.deeper}", "${missing.deeper}")]
    [InlineData("${obj.missing}", "${obj.missing}")]
    [InlineData("${items[5].v}", "${items[5].v}")]
    [InlineData("${$index}", "${$index}")]
    [InlineData("Hello ${missing}!", "Hello ${missing}!")]
    [InlineData("${count(missing)}", "10")]
    [InlineData("x ${join(missing, ', ')}", "x ${join(missing, ', ')}")]
    [InlineData("x ${name < 1}", "x ${(name < 1)}")]
    [InlineData("x ${items[5]}", "x ${items[5]}")]
    public void Unresolved_bindings_are_left_in_the_text_as_the_npm_engine_leaves_them(string text, string expected) =>
        Assert.Equal(expected, Value(text)!.ToString());

    [Theory]
    [InlineData("${items[5]}")]
    [InlineData("${join(missing, ', ')}")]
    [InlineData("${name < 1}")]
    [InlineData("x ${nul}")]
    [InlineData("x ${obj['zz']}")]
    public void A_binding_that_cannot_be_evaluated_fails_the_expansion(string text) =>
        Assert.Throws<CardTemplateException>(() => Value(text));

    [Fact]
    public void An_element_binding_to_nothing_is_left_out() =>
        Expands("""{ "a": "${obj['zz']}", "b": 1 }""", """{ "b": 1 }""");

    [Fact]
    public void Data_set_to_an_object_rebinds_the_scope_and_keeps_root() =>
        Expands("""{ "$data": "${obj}", "k": "${k}", "root": "${$root.name}", "self": "${$data.s}", "i": "${$index}" }""",
            """{ "k": 1, "root": "Ann", "self": "x", "i": "${$index}" }""");

    [Fact]
    public void Data_set_to_an_array_repeats_the_element_in_order_with_its_index() =>
        Expands("""{ "body": [ "first", { "$data": "${items}", "text": "${$index}: ${v}", "i": "${$index}" }, "last" ] }""",
            """{ "body": [ "first", { "text": "0: a", "i": 0 }, { "text": "1: b", "i": 1 }, "last" ] }""");

    [Fact]
    public void Nested_repeats_see_their_own_item_and_root() =>
        Expands("""{ "rows": [ { "$data": "${items}", "cells": [ { "$data": "${$root.strs}", "text": "${$data}${$index}", "n": "${$root.n}" } ] } ] }""",
            """{ "rows": [ { "cells": [ { "text": "a0", "n": 3 }, { "text": "b1", "n": 3 } ] }, { "cells": [ { "text": "a0", "n": 3 }, { "text": "b1", "n": 3 } ] } ] }""");

    [Fact]
    public void Data_bound_to_a_path_missing_from_the_item_renders_once_with_the_binding_text() =>
        Expands("""[ { "$data": "${items}", "c": [ { "$data": "${strs}", "v": "${$data}", "i": "${$index}" } ] } ]""",
            """[ { "c": [ { "v": "${strs}", "i": 0 } ] }, { "c": [ { "v": "${strs}", "i": 1 } ] } ]""");

    [Fact]
    public void An_empty_array_drops_the_element_from_a_list_and_nulls_a_property() =>
        Expands("""{ "list": [ { "$data": "${none}", "v": 1 } ], "prop": { "$data": "${none}", "v": 1 } }""",
            """{ "list": [], "prop": null }""");

    [Fact]
    public void A_one_item_array_gives_one_object_and_more_items_give_an_array() =>
        Expands("""{ "one": { "$data": "${one}", "v": "${v}" }, "two": { "$data": "${items}", "v": "${v}" } }""",
            """{ "one": { "v": "x" }, "two": [ { "v": "a" }, { "v": "b" } ] }""");

    [Fact]
    public void Literal_data_is_bound_as_it_is() =>
        Expands("""[ { "$data": { "k": 5 }, "a": "${k}" }, { "$data": [ { "k": 6 }, { "k": 7 } ], "a": "${k}" } ]""",
            """[ { "a": 5 }, { "a": 6 }, { "a": 7 } ]""");

    [Fact]
    public void When_keeps_an_element_only_if_its_binding_is_exactly_true() =>
        Expands("""
            [ { "$when": "${t}", "a": 1 }, { "$when": "${no}", "a": 2 }, { "$when": "${n}", "a": 3 },
              { "$when": "${name}", "a": 4 }, { "$when": "${missing}", "a": 5 }, { "$when": "${!empty(e)}", "a": 6 },
              { "$when": "${t} ", "a": 7 }, { "$when": "${exists(name) && n > 2}", "a": 8 } ]
            """, """[ { "a": 1 }, { "a": 8 } ]""");

    [Fact]
    public void When_is_evaluated_for_each_repeated_item() =>
        Expands("""[ { "$data": "${items}", "$when": "${v == 'b' || $index == 0}", "v": "${v}" }, { "$data": "${strs}", "$when": "${$data != 'a'}", "s": "${$data}" } ]""",
            """[ { "v": "a" }, { "v": "b" }, { "s": "b" } ]""");

    [Fact]
    public void A_literal_when_drops_the_element_when_it_is_truthy_as_the_npm_engine_does() =>
        Expands("""[ { "$when": true, "a": 1 }, { "$when": false, "a": 2 }, { "$when": "yes", "a": 3 }, { "$when": 0, "a": 4 } ]""",
            """[ { "a": 2 }, { "a": 4 } ]""");

    [Fact]
    public void Reserved_keys_are_left_out_and_other_dollar_keys_stay() =>
        Expands("""{ "$root": 1, "$index": 2, "$host": 3, "$_acTemplateVersion": 4, "$schema": "s", "${name}": "${name}" }""",
            """{ "$schema": "s", "${name}": "Ann" }""");

    [Fact]
    public void Nulls_are_dropped_from_lists_and_nested_lists_are_spliced() =>
        Expands("""[ 1, null, [ 2, [ 3 ] ], "${strs}", "${nul}", { "$when": "${no}" } ]""", """[ 1, 2, 3, "a", "b" ]""");

    [Theory]
    [InlineData("${}", "${}")]
    [InlineData("${name", "${name")]
    [InlineData("${'open} ${name}", "${'open} Ann")]
    [InlineData("$name {name}", "$name {name}")]
    [InlineData("\\${name} is ${name}", "${name} is Ann")]
    [InlineData("${a\nb}", "${a\nb}")]
    [InlineData("tick \\` ${name}", "tick ` Ann")]
    [InlineData("back\\slash ${name}", "back\\slash Ann")]
    [InlineData("${'x}'} ${'a\\'b'} ${\"q\"}", "x} a'b q")]
    public void Text_that_only_looks_like_a_binding_stays_text(string text, string expected) =>
        Assert.Equal(expected, (string?)Value(text));

    [Fact]
    public void Expanding_leaves_the_template_and_the_data_unchanged()
    {
        var template = JsonNode.Parse("""{ "a": [ { "$data": "${items}", "v": "${v}" } ], "o": "${obj}", "c": 1 }""")!;
        var data = JsonNode.Parse(Data)!;
        var templateBefore = template.DeepClone();
        var dataBefore = data.DeepClone();
        var parsed = CardTemplateExpander.Parse(template);

        var first = parsed.Expand(data)!;
        first["o"]!["k"] = 99;
        var second = parsed.Expand(data);

        Equal(templateBefore, template);
        Equal(dataBefore, data);
        Equal(JsonNode.Parse("""{ "a": [ { "v": "a" }, { "v": "b" } ], "o": { "k": 1, "s": "x" }, "c": 1 }"""), second);
    }

    [Fact]
    public void One_parsed_template_expands_different_data() =>
        Assert.Equal<string>(["Hi Ann", "Hi Bo"],
            new[] { """{ "name": "Ann" }""", """{ "name": "Bo" }""" }
                .Select(d => (string)CardTemplateExpander.Parse(JsonValue.Create("Hi ${name}")).Expand(JsonNode.Parse(d))!)
                .ToArray());

    [Fact]
    public void Expanding_with_no_data_leaves_bindings_as_text() =>
        Equal(JsonNode.Parse("""{ "a": "${a}", "b": "x ${b.c}" }"""),
            CardTemplateExpander.Expand(JsonNode.Parse("""{ "a": "${a}", "b": "x ${b.c}" }""")!, null));
}
