using System.Data.Common;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// One instance at a time migrates, provisions the scheduler's tables and seeds: instances started at the
/// same moment on one empty database would otherwise race to create the same tables and rows. The lock is
/// a session lock on a connection of its own (a PostgreSQL advisory lock, a SQL Server application lock),
/// released when that connection closes, so an instance that dies while holding it never blocks the others.
/// SQLite needs none: it is single-instance.
/// </summary>
public sealed class DatabaseStartupLock : IAsyncDisposable
{
    /// <summary>Any fixed number: every instance of the app asks for the same advisory lock.</summary>
    private const long PostgreSqlLockKey = 0x416E616C697361; // "Analisa"

    private const string SqlServerLockName = "AnalisaAI.Startup";

    private readonly DbConnection? connection;

    private DatabaseStartupLock(DbConnection? connection) => this.connection = connection;

    public static async Task<DatabaseStartupLock> AcquireAsync(DatabaseConnection database, CancellationToken cancellationToken)
    {
        if (database.IsSqlite)
        {
            return new DatabaseStartupLock(null);
        }

        // Unpooled, so that closing the connection ends the session and with it the lock.
        DbConnection connection = database.IsPostgreSql
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString)
            : new SqlConnection(new SqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();

            // Waits as long as another instance migrates; no timeout, as a big migration may take a while.
            command.CommandTimeout = 0;
            if (database.IsPostgreSql)
            {
                command.CommandText = "SELECT pg_advisory_lock(@key)";
                command.Parameters.Add(new NpgsqlParameter("key", PostgreSqlLockKey));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                command.CommandText = "EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1";
                command.Parameters.Add(new SqlParameter("@resource", SqlServerLockName));
                var result = new SqlParameter("@result", System.Data.SqlDbType.Int) { Direction = System.Data.ParameterDirection.Output };
                command.Parameters.Add(result);
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (result.Value is not int granted || granted < 0)
                {
                    throw new InvalidOperationException($"Could not take the start-up lock on SQL Server (sp_getapplock returned {result.Value}).");
                }
            }

            return new DatabaseStartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            // Closing the (unpooled) session releases the lock.
            await connection.DisposeAsync();
        }
    }
}
