using System.Text.Json;

namespace CaseCoordinatorBot.Tests.Deploy;

/// <summary>One finding of the bicep compiler or linter, read from its SARIF output.</summary>
public sealed record BicepDiagnostic(string RuleId, string Level, string Message, string Location)
{
    public override string ToString() => $"{Location}: {Level} {RuleId}: {Message}";

    /// <summary>Every result of every run; SARIF leaves <c>level</c> out for warnings, its default.</summary>
    public static IReadOnlyList<BicepDiagnostic> FromSarif(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var diagnostics = new List<BicepDiagnostic>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                diagnostics.Add(new BicepDiagnostic(
                    result.GetProperty("ruleId").GetString() ?? "",
                    result.TryGetProperty("level", out var level) ? level.GetString() ?? "warning" : "warning",
                    result.GetProperty("message").GetProperty("text").GetString() ?? "",
                    LocationOf(result)));
            }
        }
        return diagnostics;
    }

    private static string LocationOf(JsonElement result)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
            return "?";
        var physical = locations[0].GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
        var line = physical.TryGetProperty("region", out var region) ? region.GetProperty("startLine").GetInt32() : 0;
        return $"{uri}({line})";
    }
}
