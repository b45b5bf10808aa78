namespace CaseCoordinatorBot.Tests.Cards;

/// <summary>The repository's folders, found by walking up from the test binaries to CaseCoordinatorBot.sln.</summary>
internal static class RepositoryFolder
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Cards => Path.Combine(Root, "cards");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CaseCoordinatorBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CaseCoordinatorBot.sln above {AppContext.BaseDirectory}.");
    }
}
