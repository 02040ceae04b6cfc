using Npgsql;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// The live PostgreSQL server the scale-out tests run on, named by ANALISAAI_TEST_POSTGRES (a connection
/// string without a database, e.g. "Host=127.0.0.1;Port=5433;Username=postgres"). `.ci/run` starts a
/// throwaway server and sets it. Without it the tests are skipped on a developer's machine and fail in CI.
/// </summary>
public static class LivePostgres
{
    public const string Variable = "ANALISAAI_TEST_POSTGRES";

    public static string? BaseConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason =>
        $"No live PostgreSQL: set {Variable} to a connection string without a database (e.g. \"Host=127.0.0.1;Port=5432;Username=postgres\"); `.ci/run` starts one.";

    /// <summary>
    /// A fresh, empty database on the live server, or on <paramref name="server"/> (a connection string without a
    /// database); the caller drops it with <see cref="DropDatabaseAsync"/>.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string? server = null)
    {
        var baseConnection = server ?? BaseConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, and CI=true: in CI the PostgreSQL scale-out tests must run, never skip. {SkipReason}");
        var name = $"analisaai_{Guid.NewGuid():N}";
        await using (var admin = await OpenAdminAsync(baseConnection))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(baseConnection) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearAllPools();
        await using var admin = await OpenAdminAsync(connectionString);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
