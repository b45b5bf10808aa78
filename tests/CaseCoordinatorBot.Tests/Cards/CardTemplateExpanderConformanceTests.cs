using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;

namespace CaseCoordinatorBot.Tests.Cards;

/// <summary>Runs every case through npm adaptivecards-templating once (one node process for the class).</summary>
public sealed class ConformanceFixture : IAsyncLifetime
{
    public IReadOnlyList<NodeExpansion> Results { get; private set; } = [];

    public async Task InitializeAsync() =>
        Results = await NodeTemplateEngine.ExpandAllAsync(
            [.. CardTemplateExpanderConformanceTests.Cases.Select(c => (JsonNode.Parse(c.Template)!, JsonNode.Parse(c.Data)))]);

    public Task DisposeAsync() => Task.CompletedTask;
}

// The behaviour where our expander is most likely to drift from the npm engine: unresolved paths,
// failures, JavaScript formatting and truthiness, $data and $when corner cases.
public sealed class CardTemplateExpanderConformanceTests(ConformanceFixture node) : IClassFixture<ConformanceFixture>
{
    public static readonly IReadOnlyList<(string Template, string Data)> Cases =
    [
        .. new[]
        {
            """{ "a": "${missing}", "b": "x ${missing} y", "c": "${missing.b}", "d": "${obj.missing}", "e": "${items[5].v}" }""",
            """{ "a": "${$index}", "b": "${$root.name}", "c": "${$data.name}", "d": "${NAME}", "e": "${mixed}", "f": "${$ROOT.name} ${$Data.n}" }""",
            """{ "a": "${$host}", "b": "${$_acTemplateVersion.major}", "c": "${$foo}" }""",
            """{ "a": "${items[5]}" }""",
            """{ "a": "x ${items[5]}" }""",
            """{ "a": "${items['0'].v} ${items['1']}", "b": "x ${items['zz'].v}", "c": "${obj['zz']}" }""",
            """{ "a": "${name[0]}" }""",
            """{ "a": "${exists(missing)}", "b": "${count(missing)}", "c": "x ${join(missing, ', ')}", "d": "${count(items)} / ${count(name)}" }""",
            """{ "a": "${join(missing, ', ')}" }""",
            """{ "a": "${n} ${f} ${big} ${small} ${t} ${no} ${obj} ${strs} ${nums} ${e}|" }""",
            """{ "a": "${nul}", "b": "${undefined == null}", "c": "${if(t, missing, 2)}" }""",
            """{ "a": "x ${nul}" }""",
            """{ "a": "x ${obj['zz']}" }""",
            """{ "a": "x ${count(nul)}" }""",
            """{ "a": "${count(nul)}" }""",
            """{ "a": "x ${name < 1}", "b": "${!t == false}", "c": "${n > 1 && !(n == 2)}", "d": "${no || missing || z}" }""",
            """{ "a": "${1 < 2 == true}" }""",
            """{ "a": "${!e}|${!z}|${!nul}|${!missing}|${not(t)}", "b": "${if(e, 1, 2)}${if(missing, 1, 2)}" }""",
            """{ "a": "${n == 3.0} ${name == 'Ann'} ${name == 'ann'} ${obj == obj} ${strs == strs} ${n == '3'} ${missing == null} ${nul == missing}" }""",
            """{ "a": "${items[0] == items[0]} ${obj == $root.obj} ${strs == nums} ${'b' > 'a'} ${missing < 1} ${n <= 3}" }""",
            """{ "a": "${empty(z)} ${empty(e)} ${empty(none)} ${empty(obj)} ${empty(missing)} ${empty(nul)} ${empty(t)}" }""",
            """{ "a": "${exists(e)} ${exists(nul)} ${exists(z)} ${count(obj)} ${count(e)}" }""",
            """{ "a": "${join(strs, ', ')} ${join(nums, '-')} ${join(none, ',')}", "b": "${join(items, ',')}", "c": "${join(strs, ',', ' and ')}" }""",
            """{ "a": "${join(nested.deep.list, ', ', ' and ')}", "b": "${join(nums, nul)}", "c": "${if(t, items, 1)}" }""",
            """{ "a": "${1}", "b": "${true}", "c": "${'x'}", "d": "${ }", "e": "${(n)}", "f": "${ name }" }""",
            """{ "a": "${}", "b": "${name", "c": "$name {name}", "d": "\\${name} is ${name}", "e": "${a\nb}", "f": "tick \\` ${name}" }""",
            """{ "a": "back\\slash ${name}", "b": "${'x}'} ${'a\\'b'} ${\"q\"}", "c": "${'open} ${name}", "d": "${'a\\nb'}" }""",
            """[ { "$data": "${missing}", "a": "${v}" } ]""",
            """[ { "$data": "${none}", "a": "${v}" }, 1, null, [ 2, [ 3 ] ], "${strs}", "${nul}" ]""",
            """{ "x": { "$data": "${none}" }, "y": { "$data": "${one}", "v": "${v}" }, "z": { "$data": "${items}", "v": "${v}", "i": "${$index}" } }""",
            """[ { "$when": true, "a": 1 }, { "$when": false, "a": 2 }, { "$when": "${t}", "a": 3 }, { "$when": "${n}", "a": 4 }, { "$when": "x", "a": 5 }, { "$when": "${missing}", "a": 6 }, { "$when": 0, "a": 7 }, { "$when": "${t} ", "a": 8 }, { "$when": null, "a": 9 }, { "$when": {}, "a": 10 } ]""",
            """{ "$data": "${obj}", "a": "${k}", "r": "${$root.name}", "i": "${$index}", "d": "${$data.s}" }""",
            """{ "b": [ { "$data": "${items}", "i": "${$index}", "c": [ { "$data": "${strs}", "j": "${$index}", "v": "${$data}", "p": "${$root.n}" } ] } ] }""",
            """{ "rows": [ { "$data": "${items}", "cells": [ { "$data": "${$root.strs}", "text": "${$data}${$index}" } ] } ] }""",
            """[ { "$data": { "k": 5 }, "a": "${k}" }, { "$data": [ { "k": 6 }, { "k": 7 } ], "a": "${k}" }, { "$data": null, "v": "${$data}" }, { "$data": "${nul}", "v": "${$data}" } ]""",
            """{ "$root": 1, "$index": 2, "$host": 3, "$_acTemplateVersion": 4, "$foo": 5, "${name}": 1 }""",
            """[ { "$data": "${items}", "$when": "${v == 'b' || $index == 0}", "v": "${v}" }, { "$data": "${strs}", "$when": "${$data != 'a'}", "s": "${$data}" } ]""",
            """{ "$data": "${items}", "v": "${v}" }""",
            """{ "$data": "x ${name}", "v": "${$data}" }""",
            """{ "a": [ "${$index}" ], "b": { "$data": "${strs}", "c": [ { "$data": "${$root.one}", "i": "${$index}" } ] } }""",
        }.Select(template => (template, ExpanderAssert.Data)),
        ("""{ "a": "${a}", "b": "x ${b.c}", "c": "${$data}" }""", "null"),
        ("""{ "a": "${join(list, ', ', ' and ')}", "b": "${join(list, ', ', nul)}", "c": "${join(list, '')}" }""", """{ "list": [ "x", null, "z" ], "nul": null }"""),
        ("""{ "a": "${$data}", "b": "${$index}", "c": "${length}" }""", """[ 1, 2 ]"""),
        ("""{ "a": "${x}", "b": "${x.y}" }""", """{ "x": "" }"""),
    ];

    public static TheoryData<int> CaseNumbers() => [.. Enumerable.Range(0, Cases.Count)];

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void Expansion_matches_the_npm_engine(int number)
    {
        var (template, data) = Cases[number];
        var expected = node.Results[number];
        JsonNode? actual;
        try
        {
            actual = CardTemplateExpander.Expand(JsonNode.Parse(template)!, JsonNode.Parse(data));
        }
        catch (CardTemplateException ex)
        {
            Assert.True(expected.Error is not null, $"C# failed ({ex.Message}) where npm gave:\n{ExpanderAssert.Print(expected.Expanded)}\nTemplate: {template}");
            return;
        }

        Assert.True(expected.Error is null, $"npm failed ({expected.Error}) where C# gave:\n{ExpanderAssert.Print(actual)}\nTemplate: {template}");
        ExpanderAssert.Equal(expected.Expanded, actual);
    }
}
