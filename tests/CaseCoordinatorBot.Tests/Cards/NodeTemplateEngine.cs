using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Tests.Cards;

/// <summary>What npm adaptivecards-templating made of one template, and what npm adaptivecards said about the card.</summary>
public sealed record NodeExpansion(JsonNode? Expanded, string? Error, IReadOnlyList<string> Events);

/// <summary>
/// Runs <c>tests/cards/expand-all.mjs</c> once for a whole batch: the reference engine the C# expander must match.
/// </summary>
internal static class NodeTemplateEngine
{
    private const string NodePath = "/usr/bin/node";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<NodeExpansion>> ExpandAllAsync(
        IReadOnlyList<(JsonNode Template, JsonNode? Data)> items, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(NodePath))
        {
            throw new InvalidOperationException($"The reference expansion needs node at {NodePath}.");
        }

        var script = RepositoryFolder.Combine("tests", "cards", "expand-all.mjs");
        var start = new ProcessStartInfo(NodePath)
        {
            ArgumentList = { script },
            WorkingDirectory = RepositoryFolder.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            var input = new JsonArray([.. items.Select(i => new JsonObject { ["template"] = i.Template.DeepClone(), ["data"] = i.Data?.DeepClone() })]);
            await process.StandardInput.WriteAsync(input.ToJsonString().AsMemory(), timeout.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{script} exited with {process.ExitCode}: {await errors}");
            }

            var results = JsonNode.Parse(await output)!.AsArray();
            return [.. results.Select(r => new NodeExpansion(
                r!["expanded"]?.DeepClone(),
                (string?)r["error"],
                r["events"]?.AsArray().Select(e => (string)e!).ToList() ?? []))];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {Timeout.TotalSeconds} s.");
        }
    }
}
