using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// A PostgreSQL cluster of the test's own, which it may stop and start: the shared server (ANALISAAI_TEST_POSTGRES)
/// serves other tests in parallel and must never be restarted. Made as `.ci/run` makes its server: Debian's
/// binaries, a fresh cluster in a temporary folder (owned by the postgres user when the test runs as root),
/// listening on 127.0.0.1 only on a free port, trust authentication on loopback only. Disposing stops it at once
/// and deletes the folder.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly string folder;
    private readonly int port;

    private ThrowawayPostgres(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /// <summary>The newest /usr/lib/postgresql/*/bin with pg_ctl, or null on a machine without PostgreSQL.</summary>
    public static string? BinDirectory { get; } = FindBinaries();

    public static string SkipReason =>
        "No PostgreSQL binaries (/usr/lib/postgresql/*/bin/pg_ctl): install Debian's postgresql package; `.ci/run` does.";

    /// <summary>A connection string without a database, as <see cref="LivePostgres"/> takes.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres";

    private string DataDirectory => Path.Combine(folder, "data");

    public static async Task<ThrowawayPostgres> StartNewAsync()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(SkipReason);
        var folder = Directory.CreateTempSubdirectory("analisaai-pg-restart-").FullName;
        var server = new ThrowawayPostgres(bin, folder, FreePort());
        try
        {
            if (IsRoot)
            {
                await RunAsync("chown", "postgres", folder);
            }

            await server.PgAsync($"'{bin}/initdb' -D '{server.DataDirectory}' -U postgres -A reject --auth-host=trust -E UTF8");

            // Only loopback connections, and only over TCP (the Unix socket stays in the folder).
            var hba = Path.Combine(server.DataDirectory, "pg_hba.conf");
            await File.WriteAllTextAsync(hba, "host all postgres 127.0.0.1/32 trust\n");
            if (IsRoot)
            {
                await RunAsync("chown", "postgres", hba);
            }

            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public Task StartAsync() => PgAsync(
        $"'{bin}/pg_ctl' -D '{DataDirectory}' -l '{folder}/server.log' -w -t 60 " +
        $"-o \"-c listen_addresses=127.0.0.1 -c port={port.ToString(CultureInfo.InvariantCulture)} -c unix_socket_directories='{folder}' " +
        "-c max_connections=300 -c fsync=off\" start");

    /// <summary>Stops the server (fast: sessions are terminated, 57P01) and waits until it is gone.</summary>
    public Task StopAsync(string mode = "fast") => PgAsync($"'{bin}/pg_ctl' -D '{DataDirectory}' -m {mode} -w -t 60 stop");

    public string ServerLog() => File.Exists(Path.Combine(folder, "server.log")) ? File.ReadAllText(Path.Combine(folder, "server.log")) : "";

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await StopAsync("immediate");
            }
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp folder's own clean-up.
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>As the postgres user when the test runs as root (initdb refuses root), else as the test's own user.</summary>
    private Task PgAsync(string command) =>
        IsRoot ? RunAsync("su", "postgres", "-s", "/bin/sh", "-c", command) : RunAsync("/bin/sh", "-c", command);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")) && File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
