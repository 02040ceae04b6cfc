using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AnalisaAI.Soak;

/// <summary>
/// One instance of the published API: a process of its own on a fixed loopback port, configured only through
/// environment variables. It can be SIGKILLed and started again on the same port (a new incarnation). Its
/// console goes to a log file beside the report.
/// </summary>
public sealed class ApiInstance : IAsyncDisposable
{
    private readonly string dll;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly StreamWriter log;
    private readonly HttpClient probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? process;
    private bool logClosed;

    public ApiInstance(string name, string dll, IReadOnlyDictionary<string, string> settings, string logPath)
    {
        Name = name;
        this.dll = dll;
        this.settings = settings;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public string Name { get; }
    public Uri BaseAddress { get; }

    /// <summary>1 for the first process, 2 after the first restart, and so on.</summary>
    public int Incarnation { get; private set; }

    /// <summary>When the current process became ready (the soak's clock); memory is judged from then on.</summary>
    public TimeSpan ReadyAt { get; private set; }

    /// <summary>False from a kill until the new process is ready: the soak's clients send it nothing meanwhile, as a load balancer would.</summary>
    public bool IsUp { get; private set; }

    public int? ProcessId => process is { HasExited: false } ? process.Id : null;

    public async Task StartAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        process?.Dispose();
        Incarnation++;
        Write($"---- {Name} #{Incarnation} starting at {clock.Elapsed:hh\\:mm\\:ss}");
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Write(line.Data);
        process.ErrorDataReceived += (_, line) => Write(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilReadyAsync(cancellationToken);
        ReadyAt = clock.Elapsed;
        IsUp = true;
    }

    /// <summary>The soak's clock restarted <paramref name="by"/> later: readiness moves back by as much.</summary>
    public void MoveClock(TimeSpan by) => ReadyAt -= by;

    /// <summary>SIGKILL: no shutdown of any kind, as in a crash.</summary>
    public void Kill()
    {
        IsUp = false;
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>200 from /health/ready now.</summary>
    public async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await probe.GetAsync(new Uri(BaseAddress, "/health/ready"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped at start-up with code {process.ExitCode}; see its log.");
            }

            if (await IsReadyAsync())
            {
                return;
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{Name} was not ready within 120 s; see its log.");
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            // Output of a killed process can still arrive after the log was closed at the end.
            if (!logClosed)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        IsUp = false;
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        probe.Dispose();
        lock (log)
        {
            logClosed = true;
            log.Dispose();
        }
    }
}
