using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseCoordinatorBot.Tests.Deploy;

/// <summary>A resource of a compiled template, with the module template it sits in and the values passed to that module.</summary>
public sealed record ArmResource(JsonObject Body, JsonObject Template, JsonObject ModuleParameters)
{
    public string Type => (string)Body["type"]!;

    public JsonObject Properties => Body["properties"]!.AsObject();

    /// <summary>The value the parent deployment passes for one of the module's parameters.</summary>
    public JsonNode? ModuleParameter(string name) => ModuleParameters[name]?["value"];

    /// <summary>Replaces <c>[variables('x')]</c>-style references in an expression by the variables' literal values.</summary>
    public string ResolveVariables(string expression) =>
        Regex.Replace(expression, @"variables\('([^']+)'\)", m => Template["variables"]?[m.Groups[1].Value]?.ToString() ?? m.Value);
}

/// <summary>Walks an ARM template compiled by bicep (language version 2.0: resources keyed by symbolic name), modules included.</summary>
public sealed class ArmTemplate(JsonObject root)
{
    public JsonObject Root => root;

    public IEnumerable<ArmResource> Resources => Walk(root, []);

    /// <summary>The one resource of a type that this template deploys (not an <c>existing</c> reference).</summary>
    public ArmResource Single(string type) =>
        Assert.Single(Resources, r => r.Type == type && r.Body["existing"]?.GetValue<bool>() != true);

    public IEnumerable<ArmResource> All(string type) =>
        Resources.Where(r => r.Type == type && r.Body["existing"]?.GetValue<bool>() != true);

    private static IEnumerable<ArmResource> Walk(JsonObject template, JsonObject parameters)
    {
        var resources = template["resources"] switch
        {
            JsonObject keyed => keyed.Select(p => p.Value!.AsObject()),
            JsonArray list => list.Select(r => r!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return new ArmResource(resource, template, parameters);
            if ((string?)resource["type"] == "Microsoft.Resources/deployments")
            {
                var properties = resource["properties"]!;
                foreach (var nested in Walk(properties["template"]!.AsObject(), properties["parameters"]?.AsObject() ?? []))
                    yield return nested;
            }
        }
    }
}
