using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// One instance of the real, built app (`dotnet AnalisaAI.Api.dll`) in a process of its own, listening on a
/// free loopback port, configured only through environment variables as in production. Its console (compact
/// JSON log events) is captured for the test to read. Its clients check every response against the OpenAPI
/// document the instance serves, as the in-process tests' clients do.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ServedDocumentSource servedDocument;

    private ApiProcess(string name, int port, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [ApiAssemblyPath])
        {
            WorkingDirectory = Path.GetDirectoryName(ApiAssemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        servedDocument = new ServedDocumentSource(() => new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) });
        Client = CreateClient(TimeSpan.FromSeconds(60));
    }

    /// <summary>A client of this instance whose responses are checked against its served document (<see cref="ResponseValidationHandler"/>).</summary>
    public HttpClient CreateClient(TimeSpan timeout) =>
        new(new ResponseValidationHandler(servedDocument) { InnerHandler = new HttpClientHandler() }) { BaseAddress = BaseAddress, Timeout = timeout };

    public string Name { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The app built next to this test assembly: src/bin/&lt;configuration&gt;/net10.0/AnalisaAI.Api.dll.</summary>
    public static string ApiAssemblyPath { get; } = FindApiAssembly();

    public static ApiProcess Start(string name, IReadOnlyDictionary<string, string> environment) => new(name, FreePort(), environment);

    /// <summary>Waits until /health/ready answers 200 (database and scheduler usable).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} exited with code {process.ExitCode} before it was ready:\n{Tail()}");
            }

            try
            {
                using var response = await Client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
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

        throw new TimeoutException($"Instance {Name} was not ready within {timeout}:\n{Tail()}");
    }

    /// <summary>SIGKILL: the process ends at once, with no shutdown of any kind (a crash, a pulled plug).</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>The log events the instance wrote so far, parsed from its compact JSON console.</summary>
    public IReadOnlyList<LogEvent> Events()
    {
        var events = new List<LogEvent>();
        foreach (var line in output)
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                events.Add(new LogEvent(
                    root.GetProperty("@t").GetDateTimeOffset(),
                    root.TryGetProperty("@m", out var message) ? message.GetString() ?? "" : "",
                    root.Clone()));
            }
            catch (JsonException)
            {
                // A line cut short by a kill.
            }
        }

        return events;
    }

    public string Tail(int lines = 40) => string.Join('\n', output.TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindApiAssembly()
    {
        // tests/AnalisaAI.IntegrationTests/bin/<configuration>/<framework>/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AnalisaAI.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("AnalisaAI.sln not found above the test output."),
            "src", "bin", configuration, framework, "AnalisaAI.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the app is run from its build output.", path);
    }
}

/// <summary>One log event of an instance: its time, rendered message and all its properties.</summary>
public sealed record LogEvent(DateTimeOffset Timestamp, string Message, JsonElement Properties)
{
    public string? Property(string name) =>
        Properties.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;
}
