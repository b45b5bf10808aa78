using System.Diagnostics;
using System.Reflection;

namespace CaseCoordinatorBot.Tests.Deploy;

/// <summary>The output of one bicep command.</summary>
public sealed record BicepRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the bicep binary restored from NuGet (Azure.Bicep.CommandLine.linux-x64). Every command gets
/// <c>--no-restore</c>: restoring is the only thing bicep reaches the network for (it fetches the public
/// module index even when no registry module is used), and infra/ uses local modules only.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Path { get; } = FindBicep();

    /// <summary><c>bicep build FILE --stdout</c>: the ARM JSON on stdout, SARIF diagnostics on stderr.</summary>
    public static Task<BicepRun> BuildAsync(string file) =>
        RunAsync(["build", file, "--stdout", "--no-restore", "--diagnostics-format", "sarif"]);

    /// <summary><c>bicep lint FILE</c>: SARIF diagnostics on stdout.</summary>
    public static Task<BicepRun> LintAsync(string file) =>
        RunAsync(["lint", file, "--no-restore", "--diagnostics-format", "sarif"]);

    private static async Task<BicepRun> RunAsync(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DeployPaths.Root,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} ran for more than {Timeout}.");
        }
        return new BicepRun(process.ExitCode, await stdout, await stderr);
    }

    private static string FindBicep()
    {
        var path = Environment.GetEnvironmentVariable("BICEP_PATH");
        if (string.IsNullOrEmpty(path))
        {
            path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BicepPath").Value;
        }
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new FileNotFoundException(
                $"No bicep binary at '{path}'. Restore tests/CaseCoordinatorBot.Tests (it references " +
                "Azure.Bicep.CommandLine.linux-x64), or set BICEP_PATH on other platforms.");
        }
        // NuGet does not always keep the execute bit of files it extracts.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }
}
