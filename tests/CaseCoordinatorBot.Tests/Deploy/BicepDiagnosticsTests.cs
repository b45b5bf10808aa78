namespace CaseCoordinatorBot.Tests.Deploy;

[Collection(BicepCollection.Name)]
public sealed class BicepDiagnosticsTests(BicepFixture bicep)
{
    [Fact]
    public void Bicep_build_of_main_succeeds_with_no_diagnostic()
    {
        Assert.True(bicep.Build.ExitCode == 0, $"bicep build exited {bicep.Build.ExitCode}:\n{bicep.Build.Stderr}");
        AssertNoDiagnostics("bicep build", BicepDiagnostic.FromSarif(bicep.Build.Stderr));
        Assert.Equal("2.0", (string?)bicep.Template["languageVersion"]);
    }

    [Fact]
    public void Bicep_lint_of_main_reports_no_warning_or_error()
    {
        Assert.True(bicep.Lint.ExitCode == 0, $"bicep lint exited {bicep.Lint.ExitCode}:\n{bicep.Lint.Stdout}{bicep.Lint.Stderr}");
        AssertNoDiagnostics("bicep lint", BicepDiagnostic.FromSarif(bicep.Lint.Stdout));
    }

    [Fact]
    public void The_lint_check_sees_a_warning_when_there_is_one()
    {
        var diagnostics = BicepDiagnostic.FromSarif(bicep.CanaryLint.Stdout);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("no-unused-params", warning.RuleId);
        Assert.Equal("warning", warning.Level);
    }

    private static void AssertNoDiagnostics(string command, IReadOnlyList<BicepDiagnostic> diagnostics) =>
        Assert.True(diagnostics.Count == 0,
            $"{command} reported {diagnostics.Count} diagnostic(s):\n{string.Join('\n', diagnostics)}");
}
