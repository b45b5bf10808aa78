using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CaseCoordinatorBot.Testing.Storage;

/// <summary>
/// A real Azurite, run from the repository's <c>node_modules</c>, in memory, on free loopback ports, with
/// telemetry off, in a fresh temp folder. Dispose stops its whole process tree and deletes the folder.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's published development key: it opens nothing but a local emulator.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int StartAttempts = 3;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly Process process;
    private readonly string location;
    private readonly ConcurrentQueue<string> output = new();

    private AzuriteServer(Process process, string location, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        this.location = location;
        BlobServiceUri = new Uri($"http://127.0.0.1:{blobPort}/{AccountName}");
        QueueServiceUri = new Uri($"http://127.0.0.1:{queuePort}/{AccountName}");
        TableServiceUri = new Uri($"http://127.0.0.1:{tablePort}/{AccountName}");
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
            + $"BlobEndpoint={BlobServiceUri};QueueEndpoint={QueueServiceUri};TableEndpoint={TableServiceUri};";
    }

    public Uri BlobServiceUri { get; }

    public Uri QueueServiceUri { get; }

    public Uri TableServiceUri { get; }

    /// <summary>A connection string for all three services, with the well-known development account.</summary>
    public string ConnectionString { get; }

    public int ProcessId => process.Id;

    /// <summary>Starts Azurite and returns once its blob endpoint answers HTTP requests.</summary>
    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var command = FindAzurite();
        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(command);
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken);
                return server;
            }
            catch (AzuriteExitedException ex) when (attempt < StartAttempts && ex.Message.Contains("EADDRINUSE"))
            {
                // Another process took one of the ports between our probe and Azurite's bind.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        finally
        {
            process.Dispose();
            try
            {
                Directory.Delete(location, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing a test run for.
            }
        }
    }

    /// <summary>
    /// The azurite launcher in <c>node_modules/.bin</c> of the repository (the folder holding
    /// <c>CaseCoordinatorBot.sln</c>), as a file name and leading arguments.
    /// </summary>
    private static (string FileName, string[] Arguments) FindAzurite()
    {
        var root = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException(
                $"No CaseCoordinatorBot.sln above {AppContext.BaseDirectory}: cannot find node_modules for Azurite.");
        var bin = Path.Combine(root, "node_modules", ".bin");
        if (OperatingSystem.IsWindows())
        {
            var cmd = Path.Combine(bin, "azurite.cmd");
            return File.Exists(cmd) ? (cmd, []) : throw Missing(cmd);
        }
        var launcher = Path.Combine(bin, "azurite");
        // Through node, so that the process we hold (and kill) is Azurite itself.
        return File.Exists(launcher) ? ("node", [launcher]) : throw Missing(launcher);

        static InvalidOperationException Missing(string path) => new(
            $"Azurite is not installed ({path} is missing): run npm ci in the repository root.");
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseCoordinatorBot.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static AzuriteServer Launch((string FileName, string[] Arguments) command)
    {
        var (blobPort, queuePort, tablePort) = FreePorts();
        var location = Directory.CreateTempSubdirectory("azurite-").FullName;
        var start = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Azurite refuses --location together with --inMemoryPersistence, and its workspace defaults to
            // the working directory: a fresh temp folder keeps anything it writes out of the repository.
            WorkingDirectory = location,
        };
        foreach (var argument in (string[])[
            .. command.Arguments,
            "--disableTelemetry", "--silent", "--skipApiVersionCheck", "--inMemoryPersistence",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var server = new AzuriteServer(process, location, blobPort, queuePort, tablePort);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Three distinct free loopback ports, held open together so that none is picked twice.</summary>
    private static (int Blob, int Queue, int Table) FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
                listener.Start();
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
                listener.Stop();
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var listContainers = new Uri($"{BlobServiceUri}?comp=list");
        while (true)
        {
            if (process.HasExited)
                throw new AzuriteExitedException(
                    $"Azurite exited with code {process.ExitCode} while starting. Output:\n{Output}");
            try
            {
                // Any HTTP answer (even 403 for the missing signature) means the blob service is up.
                using var response = await Probe.GetAsync(listContainers, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException
                && !cancellationToken.IsCancellationRequested)
            {
                if (deadline.Elapsed > ReadyTimeout)
                    throw new TimeoutException(
                        $"Azurite's blob endpoint {BlobServiceUri} did not answer within {ReadyTimeout}. "
                        + $"Output:\n{Output}", ex);
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private string Output => string.Join('\n', output);

    private void Keep(string? line)
    {
        if (line is null)
            return;
        output.Enqueue(line);
        while (output.Count > 50)
            output.TryDequeue(out _);
    }

    private sealed class AzuriteExitedException(string message) : Exception(message);
}
