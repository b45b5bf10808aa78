using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Tests.Deploy;

/// <summary>
/// Builds and lints infra/main.bicep once for every test of the "Bicep" collection (bicep takes a few
/// seconds to start), together with a canary file that must draw a warning, so that a check reading
/// no diagnostics at all cannot pass unnoticed.
/// </summary>
public sealed class BicepFixture : IAsyncLifetime
{
    private readonly string canaryDirectory = Path.Combine(Path.GetTempPath(), $"bicep-canary-{Guid.NewGuid():N}");

    public BicepRun Build { get; private set; } = null!;

    public BicepRun Lint { get; private set; } = null!;

    public BicepRun CanaryLint { get; private set; } = null!;

    /// <summary>The compiled ARM template of main.bicep, parsed once: tests compare its nodes by reference.</summary>
    public JsonObject Template => template ?? throw new InvalidOperationException(
        $"bicep build printed no template (exit code {Build.ExitCode}):\n" +
        string.Join('\n', BicepDiagnostic.FromSarif(Build.Stderr)));

    private JsonObject? template;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(canaryDirectory);
        var canary = Path.Combine(canaryDirectory, "canary.bicep");
        await File.WriteAllTextAsync(canary, "param unused string\n");

        var build = BicepCli.BuildAsync(DeployPaths.MainBicep);
        var lint = BicepCli.LintAsync(DeployPaths.MainBicep);
        var canaryLint = BicepCli.LintAsync(canary);
        await Task.WhenAll(build, lint, canaryLint);
        (Build, Lint, CanaryLint) = (await build, await lint, await canaryLint);
        if (Build.ExitCode == 0)
            template = JsonNode.Parse(Build.Stdout)!.AsObject();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(canaryDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<BicepFixture>
{
    public const string Name = "Bicep";
}
