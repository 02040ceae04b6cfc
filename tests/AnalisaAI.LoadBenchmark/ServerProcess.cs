using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// One published app running as its own process on a loopback port, on its own fresh SQLite file.
/// Disposing it stops the process and deletes the database.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 40;

    private readonly Process process;
    private readonly Queue<string> lastOutput = new();

    private ServerProcess(string name, Process process, Uri address, string databasePath)
    {
        Name = name;
        this.process = process;
        Address = address;
        DatabasePath = databasePath;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Name { get; }
    public Uri Address { get; }
    public string DatabasePath { get; }
    public HttpClient Http { get; }

    /// <summary>The app's own process (the dotnet host runs it in-process), for reading its memory from /proc.</summary>
    public int ProcessId => process.Id;

    /// <summary>The CPU time the process has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Starts <paramref name="dll"/> and waits until it answers /health/ready.</summary>
    public static async Task<ServerProcess> StartAsync(string name, string dll, string scratch, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreeLoopbackPort();
        var databasePath = Path.Combine(scratch, $"{name}-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={databasePath}";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var server = new ServerProcess(name, Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"), databasePath);
        server.process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        server.process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped at start-up:\n{Output()}");
            }

            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} was not ready within 90 s:\n{Output()}");
    }

    /// <summary>
    /// Waits until the process has used under 5 % of a core in each of four quarters of a second in a row (at
    /// most 60 s): work it deferred (the update's runs after a turn of refreshes) is done, so it does not run
    /// during the next server's turn and count against that server. One second, as the update's waiters sleep
    /// until their next busy turn (BusyInterval, 0.5 s) before they see that the instance went idle.
    /// </summary>
    public async Task WaitUntilQuietAsync()
    {
        const int QuietWindowsNeeded = 4;
        var window = TimeSpan.FromMilliseconds(250);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var used = process.TotalProcessorTime;
        var quietWindows = 0;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(window);
            process.Refresh();
            var now = process.TotalProcessorTime;
            quietWindows = now - used < window * 0.05 ? quietWindows + 1 : 0;
            if (quietWindows == QuietWindowsNeeded)
            {
                return;
            }

            used = now;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastOutput)
        {
            lastOutput.Enqueue(line);
            if (lastOutput.Count > KeptOutputLines)
            {
                lastOutput.Dequeue();
            }
        }
    }

    private string Output()
    {
        lock (lastOutput)
        {
            return string.Join('\n', lastOutput);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        SqliteConnection.ClearAllPools();
        // The app's file and whatever the app keeps beside it under its name (WAL, the scheduler's file).
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(DatabasePath)!, Path.GetFileNameWithoutExtension(DatabasePath) + ".*"))
        {
            File.Delete(file);
        }
    }
}
