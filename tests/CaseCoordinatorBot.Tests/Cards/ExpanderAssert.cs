using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;

namespace CaseCoordinatorBot.Tests.Cards;

/// <summary>Expands small templates written as JSON text and compares results as JSON, not as strings.</summary>
internal static class ExpanderAssert
{
    /// <summary>Data with one field of each kind, shared by the expander tests.</summary>
    public const string Data = """
        {
          "name": "Ann", "n": 3, "f": 1.5, "big": 1e21, "small": 0.000001, "e": "", "t": true, "no": false, "z": 0, "nul": null,
          "items": [ { "v": "a" }, { "v": "b" } ], "one": [ { "v": "x" } ], "none": [],
          "obj": { "k": 1, "s": "x" }, "strs": [ "a", "b" ], "nums": [ 1, 2.5 ], "Mixed": "case",
          "nested": { "deep": { "list": [ 10, 20 ] } }
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonNode? Expand(string template, string data = Data) =>
        CardTemplateExpander.Expand(JsonNode.Parse(template)!, JsonNode.Parse(data));

    public static void Expands(string template, string expected, string data = Data) =>
        Equal(JsonNode.Parse(expected), Expand(template, data));

    /// <summary>The value of <c>v</c> after expanding <c>{"v": "<paramref name="text"/>"}</c>.</summary>
    public static JsonNode? Value(string text, string data = Data)
    {
        var template = new JsonObject { ["v"] = text };
        var expanded = CardTemplateExpander.Expand(template, JsonNode.Parse(data))!.AsObject();
        return expanded.TryGetPropertyValue("v", out var value) ? value : throw new Xunit.Sdk.XunitException("v was left out.");
    }

    public static void Equal(JsonNode? expected, JsonNode? actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"Expected:\n{Print(expected)}\nActual:\n{Print(actual)}");
        }
    }

    public static string Print(JsonNode? node) => node?.ToJsonString(Indented) ?? "null";
}
