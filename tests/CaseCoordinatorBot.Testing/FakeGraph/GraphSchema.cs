using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CaseCoordinatorBot.Testing.FakeGraph;

/// <summary>
/// Microsoft's published Graph v1.0 schemas for the calls the bot makes, loaded from
/// <c>../shared/reference/graph-v1.0-scheduling.schemas.json</c> beside the repository (never copied into it).
/// A missing reference folder is an error, not a skip: the fake's shape checks would silently stop biting.
/// </summary>
public sealed class GraphSchema
{
    public const string BundleFileName = "graph-v1.0-scheduling.schemas.json";
    public const string GetScheduleRequest = "operation.users.user.calendar.getSchedule.request";
    public const string GetScheduleResponse = "operation.users.user.calendar.getSchedule.response2XX";
    public const string CreateEventRequest = "operation.users.CreateEvents.request";
    public const string CancelRequest = "operation.users.user.events.event.cancel.request";
    public const string Event = "microsoft.graph.event";
    public const string Error = "microsoft.graph.ODataErrors.ODataError";

    private static readonly Lazy<Task<GraphSchema>> Shared = new(() => LoadAsync(BundlePath()));

    private readonly JsonSchema bundle;

    private GraphSchema(JsonSchema bundle) => this.bundle = bundle;

    /// <summary>The bundle, loaded once per test process (about a quarter of a second).</summary>
    public static Task<GraphSchema> LoadSharedAsync() => Shared.Value;

    public static async Task<GraphSchema> LoadAsync(string bundlePath)
    {
        if (!File.Exists(bundlePath))
            throw new FileNotFoundException(
                $"../shared/reference is missing: Graph schema checks cannot run (expected {bundlePath}; see ../shared/reference/README.md).",
                bundlePath);
        return new GraphSchema(await JsonSchema.FromFileAsync(bundlePath));
    }

    /// <summary><c>../shared/reference/graph-v1.0-scheduling.schemas.json</c> from the folder holding CaseCoordinatorBot.sln.</summary>
    public static string BundlePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CaseCoordinatorBot.sln")))
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "reference", BundleFileName));
        }

        throw new InvalidOperationException($"No CaseCoordinatorBot.sln above {AppContext.BaseDirectory}: ../shared/reference cannot be found.");
    }

    /// <summary>Every violation of <paramref name="definition"/> by <paramref name="json"/>, nested ones flattened; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string definition, JsonNode? json)
    {
        if (!bundle.Definitions.TryGetValue(definition, out var schema))
            throw new ArgumentException($"The Graph schema bundle has no definition '{definition}'.", nameof(definition));
        var errors = schema.Validate(json?.ToJsonString() ?? "null");
        var found = new List<string>();
        Flatten(errors, definition, found);
        return found;
    }

    private static void Flatten(IEnumerable<ValidationError> errors, string definition, List<string> found)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                var before = found.Count;
                foreach (var nested in child.Errors.Values)
                    Flatten(nested, definition, found);
                if (found.Count > before)
                    continue;
            }

            found.Add($"{definition}: {error.Kind} at {error.Path ?? "#"}");
        }
    }
}
