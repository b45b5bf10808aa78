using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;
using NJsonSchema;

namespace CaseCoordinatorBot.Tests.Cards;

/// <summary>
/// Every template in the repository's <c>cards/</c> folder with its sample data, expanded once by npm (one
/// node process for all of them, with the sample and with an emptied copy of it) and the Adaptive Cards 1.5 schema.
/// </summary>
public sealed class CardTemplateFilesFixture : IAsyncLifetime
{
    public static readonly string SchemaPath =
        Path.GetFullPath(Path.Combine(RepositoryFolder.Root, "..", "shared", "reference", "adaptive-card-1.5.schema.json"));

    private readonly Dictionary<string, NodeExpansion> _node = [];
    private readonly Dictionary<string, NodeExpansion> _nodeEmptied = [];
    private JsonSchema? _schema;

    /// <summary>Template names (<c>channels/setup</c>) found on disk, not listed by hand.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. CardTemplates.TemplateFiles(RepositoryFolder.Cards).Select(f => Path.ChangeExtension(Path.GetRelativePath(RepositoryFolder.Cards, f), null).Replace('\\', '/'))];

    public static string TemplatePath(string name) => Path.Combine(RepositoryFolder.Cards, name + ".json");

    public static string SamplePath(string name) => Path.Combine(RepositoryFolder.Cards, name + ".sample.json");

    public static JsonNode Template(string name) => JsonNode.Parse(File.ReadAllText(TemplatePath(name)))!;

    public static JsonNode Sample(string name)
    {
        Assert.True(File.Exists(SamplePath(name)), $"The template cards/{name}.json has no sample data: add cards/{name}.sample.json.");
        return JsonNode.Parse(File.ReadAllText(SamplePath(name)))!;
    }

    /// <summary>The sample with every string emptied, every list emptied and every flag flipped.</summary>
    public static JsonNode? Emptied(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Emptied(p.Value)))),
        JsonArray => new JsonArray(),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(""),
        JsonValue value when value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            => JsonValue.Create(!value.GetValue<bool>()),
        JsonValue => JsonValue.Create(0),
        _ => null,
    };

    public JsonSchema Schema => _schema
        ?? throw new Xunit.Sdk.XunitException($"The Adaptive Cards 1.5 schema is missing: expected {SchemaPath} (see ../shared/reference/README.md).");

    public NodeExpansion Node(string name) => _node.TryGetValue(name, out var result) ? result : throw Missing(name);

    public NodeExpansion NodeEmptied(string name) => _nodeEmptied.TryGetValue(name, out var result) ? result : throw Missing(name);

    public async Task InitializeAsync()
    {
        var named = Names().Where(n => File.Exists(SamplePath(n))).ToList();
        var batch = named.Select(n => (Template(n), (JsonNode?)Sample(n)))
            .Concat(named.Select(n => (Template(n), Emptied(Sample(n)))))
            .ToList();
        var results = await NodeTemplateEngine.ExpandAllAsync(batch);
        for (var i = 0; i < named.Count; i++)
        {
            _node[named[i]] = results[i];
            _nodeEmptied[named[i]] = results[named.Count + i];
        }

        if (File.Exists(SchemaPath))
        {
            _schema = await JsonSchema.FromFileAsync(SchemaPath);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Xunit.Sdk.XunitException Missing(string name) => new($"cards/{name}.json was not expanded by npm: does cards/{name}.sample.json exist?");
}
