using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AnalisaAI.Soak;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's binaries (/usr/lib/postgresql/&lt;version&gt;/bin), as .ci/run starts
/// one: initdb into a temporary folder, a free loopback port, TCP on 127.0.0.1 only, trust authentication for
/// the postgres user from there only. PostgreSQL refuses to run as root, so as root every command runs as the
/// postgres user (the folder is given to it). Disposing stops the server and deletes the folder.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string bin;
    private readonly string folder;
    private readonly int port;
    private bool running;

    private PostgresCluster(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    public string Version { get; private set; } = "";

    private string DataFolder => Path.Combine(folder, "data");
    private string LogFile => Path.Combine(folder, "server.log");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database}";

    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => MajorVersion(b)).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL's binaries are not under /usr/lib/postgresql/*/bin: apt-get install postgresql.");
        }

        var folder = Directory.CreateTempSubdirectory("analisaai-soak-pg-").FullName;
        var cluster = new PostgresCluster(bin, folder, FreePort());
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", ["postgres", folder], cancellationToken);
            }

            await cluster.ShellAsync($"'{bin}/initdb' -D '{cluster.DataFolder}' -U postgres -A reject --auth-host=trust -E UTF8", cancellationToken);
            // Loopback TCP only: no Unix socket in a shared folder, no other address.
            var hba = Path.Combine(cluster.DataFolder, "pg_hba.conf");
            await File.WriteAllTextAsync(hba, "host all postgres 127.0.0.1/32 trust\n", cancellationToken);
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", ["postgres", hba], cancellationToken);
            }

            await cluster.StartServerAsync(cancellationToken);
            // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
            var version = (await cluster.ShellAsync($"'{bin}/postgres' --version", cancellationToken)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cluster.Version = version.Length > 2 ? $"PostgreSQL {version[2]}" : string.Join(' ', version);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A clean stop that ends every session at once (what an operator's restart does).</summary>
    public async Task StopFastAsync(CancellationToken cancellationToken)
    {
        await ShellAsync($"'{bin}/pg_ctl' -D '{DataFolder}' -m fast -w stop", cancellationToken);
        running = false;
    }

    public async Task StartServerAsync(CancellationToken cancellationToken)
    {
        await ShellAsync(
            $"'{bin}/pg_ctl' -D '{DataFolder}' -l '{LogFile}' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -c port={port} " +
            $"-c unix_socket_directories='{folder}' -c max_connections=300\" start", cancellationToken);
        running = true;
    }

    /// <summary>Copies the server's log beside the report before the folder goes.</summary>
    public void CopyLogTo(string path)
    {
        if (File.Exists(LogFile))
        {
            File.Copy(LogFile, path, overwrite: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (running)
        {
            try
            {
                await ShellAsync($"'{bin}/pg_ctl' -D '{DataFolder}' -m immediate -w stop", CancellationToken.None);
            }
            catch (InvalidOperationException exception)
            {
                Console.Error.WriteLine($"Could not stop PostgreSQL: {exception.Message}");
            }
        }

        NpgsqlConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Task<string> ShellAsync(string command, CancellationToken cancellationToken) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("su", ["postgres", "-s", "/bin/sh", "-c", command], cancellationToken)
            : RunAsync("/bin/sh", ["-c", command], cancellationToken);

    private static async Task<string> RunAsync(string file, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        // Not cancelled half-way: a pg_ctl cut short would leave the cluster in an unknown state.
        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}{await errors}");
    }

    private static Version MajorVersion(string binFolder) =>
        System.Version.TryParse(Path.GetFileName(Path.GetDirectoryName(binFolder)), out var version) ? version
        : int.TryParse(Path.GetFileName(Path.GetDirectoryName(binFolder)), out var major) ? new Version(major, 0) : new Version(0, 0);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
