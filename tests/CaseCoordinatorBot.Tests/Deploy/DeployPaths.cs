namespace CaseCoordinatorBot.Tests.Deploy;

/// <summary>Where the deployable files and the shared reference data sit, found from the test's output folder.</summary>
internal static class DeployPaths
{
    public static string Root { get; } = FindRoot();

    public static string Infra => Path.Combine(Root, "infra");

    public static string MainBicep => Path.Combine(Infra, "main.bicep");

    public static string AzureYaml => Path.Combine(Root, "azure.yaml");

    /// <summary><c>../shared/reference</c> beside the project, as in CI's fresh clone.</summary>
    public static string SharedReference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseCoordinatorBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No CaseCoordinatorBot.sln above {AppContext.BaseDirectory}.");
    }
}
