using System.Text;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;
using NJsonSchema.Validation;

namespace CaseCoordinatorBot.Tests.Cards;

// Every template in cards/ with its .sample.json: C# and npm agree, and the result is a clean 1.5 card.
public sealed class CardTemplateFileTests(CardTemplateFilesFixture files) : IClassFixture<CardTemplateFilesFixture>
{
    private const int MaxCardBytes = 28 * 1024;

    public static TheoryData<string> Templates() => [.. CardTemplateFilesFixture.Names()];

    [Fact]
    public void The_cards_folder_holds_templates() =>
        Assert.NotEmpty(CardTemplateFilesFixture.Names());

    [Fact]
    public void Every_sample_belongs_to_a_template()
    {
        var orphans = Directory.EnumerateFiles(RepositoryFolder.Cards, "*.sample.json", SearchOption.AllDirectories)
            .Where(sample => !File.Exists(sample[..^".sample.json".Length] + ".json"))
            .Select(sample => Path.GetRelativePath(RepositoryFolder.Root, sample));
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Sample_expands_in_csharp_exactly_as_in_the_npm_engine(string name)
    {
        var actual = ExpandInCSharp(name, CardTemplateFilesFixture.Sample(name));
        var expected = files.Node(name);
        Assert.True(expected.Error is null, $"npm could not expand cards/{name}.json: {expected.Error}");
        ExpanderAssert.Equal(expected.Expanded, actual);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Emptied_sample_expands_as_in_the_npm_engine_and_leaves_no_bindings(string name)
    {
        var actual = ExpandInCSharp(name, CardTemplateFilesFixture.Emptied(CardTemplateFilesFixture.Sample(name)));
        var expected = files.NodeEmptied(name);
        Assert.True(expected.Error is null, $"npm could not expand cards/{name}.json with emptied data: {expected.Error}");
        ExpanderAssert.Equal(expected.Expanded, actual);
        Assert.Empty(LeftoverBindings(actual));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Expanded_sample_is_valid_against_the_adaptive_cards_1_5_schema(string name)
    {
        var card = ExpandInCSharp(name, CardTemplateFilesFixture.Sample(name));
        var errors = files.Schema.Validate(card.ToJsonString());
        Assert.True(errors.Count == 0, $"cards/{name}.json is not a valid 1.5 card:\n{string.Join("\n", Flatten(errors))}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Expanded_sample_parses_cleanly_in_the_adaptivecards_package(string name)
    {
        var events = files.Node(name).Events;
        Assert.True(events.Count == 0, $"npm adaptivecards 3.0.6 reported for cards/{name}.json:\n{string.Join("\n", events)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Expanded_sample_is_a_version_1_5_card_with_no_bindings_left(string name)
    {
        var card = ExpandInCSharp(name, CardTemplateFilesFixture.Sample(name));
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Empty(LeftoverBindings(card));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Expanded_sample_is_under_28_KB(string name)
    {
        var bytes = Encoding.UTF8.GetByteCount(ExpandInCSharp(name, CardTemplateFilesFixture.Sample(name)).ToJsonString());
        Assert.True(bytes < MaxCardBytes, $"cards/{name}.json expands to {bytes} bytes.");
    }

    // Teams may show the first text of a card in a notification, so it must not depend on data being present.
    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_opens_with_an_unconditional_text_block(string name)
    {
        var first = CardTemplateFilesFixture.Template(name)["body"]?[0]?.AsObject();
        Assert.NotNull(first);
        Assert.Equal("TextBlock", (string?)first["type"]);
        Assert.False(first.ContainsKey("$when") || first.ContainsKey("$data"), $"cards/{name}.json: the first TextBlock must always show.");
    }

    private static JsonObject ExpandInCSharp(string name, JsonNode? data) =>
        Assert.IsType<JsonObject>(CardTemplateExpander.Parse(CardTemplateFilesFixture.Template(name)).Expand(data));

    private static IEnumerable<string> LeftoverBindings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => (p.Key.Contains("${", StringComparison.Ordinal) ? [p.Key] : Array.Empty<string>()).Concat(LeftoverBindings(p.Value))),
        JsonArray array => array.SelectMany(LeftoverBindings),
        JsonValue value when value.TryGetValue(out string? text) && text.Contains("${", StringComparison.Ordinal) => [$"{value.GetPath()}: {text}"],
        _ => [],
    };

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors) => errors.SelectMany(error =>
        error is ChildSchemaValidationError child
            ? [error.ToString(), .. child.Errors.Values.SelectMany(Flatten).Select(e => "  " + e)]
            : new[] { error.ToString() });
}
