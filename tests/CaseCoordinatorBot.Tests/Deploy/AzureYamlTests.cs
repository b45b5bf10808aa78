using NJsonSchema;
using YamlDotNet.Serialization;

namespace CaseCoordinatorBot.Tests.Deploy;

/// <summary>azure.yaml against the Azure Developer CLI's published schema (../shared/reference), and what azd will do with it.</summary>
public sealed class AzureYamlTests
{
    private static readonly string SchemaPath = Path.Combine(DeployPaths.SharedReference, "azure.yaml.schema.json");

    [Fact]
    public async Task Azure_yaml_is_valid_against_the_azd_schema()
    {
        var errors = (await LoadSchemaAsync()).Validate(ToJson(File.ReadAllText(DeployPaths.AzureYaml)));

        Assert.True(errors.Count == 0, "azure.yaml does not match the azd schema:\n" + string.Join('\n', errors));
    }

    [Theory]
    [InlineData("host: appservice", "")]                       // a service without host
    [InlineData("provider: bicep", "provider: \"Bicep!\"")]    // an unknown provider
    [InlineData("name: case-coordinator-bot", "")]             // no name
    public async Task The_schema_check_refuses_a_broken_azure_yaml(string line, string replacement)
    {
        var yaml = File.ReadAllText(DeployPaths.AzureYaml);
        Assert.Contains(line, yaml);

        var errors = (await LoadSchemaAsync()).Validate(ToJson(yaml.Replace(line, replacement)));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Azd_deploys_the_bot_project_to_app_service_from_the_bicep_in_infra()
    {
        var yaml = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, object>>(File.ReadAllText(DeployPaths.AzureYaml));

        var infra = (Dictionary<object, object>)yaml["infra"];
        Assert.Equal("bicep", infra["provider"]);
        var infraPath = Path.Combine(DeployPaths.Root, (string)infra["path"]);
        Assert.True(File.Exists(Path.Combine(infraPath, "main.bicep")), $"no main.bicep in {infraPath}");
        Assert.True(File.Exists(Path.Combine(infraPath, "main.parameters.json")), $"no main.parameters.json in {infraPath}");

        var services = (Dictionary<object, object>)yaml["services"];
        var bot = (Dictionary<object, object>)Assert.Single(services, s => (string)s.Key == "bot").Value;
        Assert.Equal("appservice", bot["host"]);
        Assert.Equal("dotnet", bot["language"]);
        Assert.Equal("./bot", bot["project"]);
        Assert.True(File.Exists(Path.Combine(DeployPaths.Root, "bot", "CaseCoordinatorBot.csproj")));
    }

    private static async Task<JsonSchema> LoadSchemaAsync()
    {
        Assert.True(File.Exists(SchemaPath),
            $"The azd schema is missing: expected {SchemaPath} (the shared reference folder beside the project, see its README).");
        return await JsonSchema.FromFileAsync(SchemaPath);
    }

    // Scalars come out as strings, which this schema accepts: it has no numeric or boolean field azure.yaml uses.
    private static string ToJson(string yaml) =>
        new SerializerBuilder().JsonCompatible().Build()
            .Serialize(new DeserializerBuilder().Build().Deserialize<object>(yaml) ?? new object());
}
