using System.Net;
using System.Net.Sockets;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AnalisaAI.UnitTests.Persistence;

/// <summary>
/// <see cref="DatabaseErrors"/>' transient rule (503 at the web, retried or not by the strategy) over real exception
/// instances: thrown by the drivers where a test can make them fail (a refused connection, a busy SQLite file), built
/// with the drivers' public constructors where it cannot (a server's SQLSTATE, the pool's timeout).
/// </summary>
public sealed class TransientDatabaseErrorsTests
{
    [Fact]
    public async Task A_refused_postgresql_connection_is_transient_and_retried_unless_a_write_may_have_committed()
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={ClosedPort()};Username=none;Timeout=2");
        var refused = await Record.ExceptionAsync(() => connection.OpenAsync());

        refused.Should().BeOfType<NpgsqlException>().Which.InnerException.Should().BeOfType<SocketException>();
        DatabaseErrors.IsTransient(refused).Should().BeTrue();
        DatabaseErrors.IsRetryable(refused, writeUnconfirmed: false).Should().BeTrue("nothing was sent");
        DatabaseErrors.IsRetryable(refused, writeUnconfirmed: true).Should().BeFalse("a lost connection says nothing of a write sent before it");
    }

    [Theory]
    [InlineData("57P01", "terminating connection due to administrator command", false)]
    [InlineData("57P02", "terminating connection due to crash of another server process", false)]
    [InlineData("57P03", "the database system is starting up", true)]
    [InlineData("57P03", "the database system is shutting down", true)]
    [InlineData("08006", "connection failure", false)]
    [InlineData("40001", "could not serialize access due to concurrent update", true)]
    [InlineData("40P01", "deadlock detected", true)]
    public void A_postgresql_server_going_away_or_rolling_back_is_transient(string sqlState, string message, bool committedNothing)
    {
        var error = new PostgresException(message, "FATAL", "FATAL", sqlState);

        DatabaseErrors.IsTransient(error).Should().BeTrue();
        DatabaseErrors.IsSlow(error).Should().BeFalse();
        DatabaseErrors.CommittedNothing(error).Should().Be(committedNothing);
        DatabaseErrors.IsRetryable(error, writeUnconfirmed: false).Should().BeTrue();
        DatabaseErrors.IsRetryable(error, writeUnconfirmed: true).Should().Be(committedNothing,
            "after an unanswered write only the server's word that nothing was committed makes running it again safe");
    }

    [Theory]
    [InlineData("23505")]
    [InlineData("42P01")]
    [InlineData("22P02")]
    public void A_postgresql_error_about_the_request_is_not_transient(string sqlState)
    {
        var error = new PostgresException("not about the server", "ERROR", "ERROR", sqlState);

        DatabaseErrors.IsTransient(error).Should().BeFalse();
        DatabaseErrors.IsRetryable(error, writeUnconfirmed: false).Should().BeFalse();
    }

    [Fact]
    public void The_pools_timeout_is_transient_but_never_retried_since_it_already_waited()
    {
        var exhausted = new NpgsqlException(
            "The connection pool has been exhausted, either raise 'Max Pool Size' (currently 1) or 'Timeout' (currently 1 seconds) in your connection string.",
            new TimeoutException());

        DatabaseErrors.IsTransient(exhausted).Should().BeTrue();
        DatabaseErrors.IsSlow(exhausted).Should().BeTrue();
        DatabaseErrors.IsRetryable(exhausted, writeUnconfirmed: false).Should().BeFalse();
    }

    [Fact]
    public void The_wrappers_ef_core_adds_are_looked_through()
    {
        var lost = new NpgsqlException("Exception while reading from stream", new EndOfStreamException());

        DatabaseErrors.IsTransient(new DbUpdateException("An error occurred while saving the entity changes.", lost)).Should().BeTrue();
        DatabaseErrors.IsTransient(new RetryLimitExceededException("The maximum number of retries (3) was exceeded.", lost)).Should().BeTrue();
        DatabaseErrors.IsTransient(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", lost))
            .Should().BeTrue();
        DatabaseErrors.IsTransient(new InvalidOperationException("Sequence contains no elements.")).Should().BeFalse();
        DatabaseErrors.IsTransient(null).Should().BeFalse();
    }

    [Fact]
    public async Task A_busy_sqlite_file_is_transient_and_left_to_the_drivers_own_retries()
    {
        var file = Path.Combine(Path.GetTempPath(), $"analisaai-busy-{Guid.NewGuid():N}.db");
        try
        {
            await using var holder = new SqliteConnection($"Data Source={file};Pooling=false");
            await holder.OpenAsync();
            await ExecuteAsync(holder, "PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER);");
            await using var transaction = (SqliteTransaction)await holder.BeginTransactionAsync();
            await ExecuteAsync(holder, "INSERT INTO t VALUES (1)", transaction);

            // The driver retries a busy statement until its command timeout (here 1 s) before it throws.
            await using var writer = new SqliteConnection($"Data Source={file};Pooling=false;Default Timeout=1");
            await writer.OpenAsync();
            var busy = await Record.ExceptionAsync(() => ExecuteAsync(writer, "INSERT INTO t VALUES (2)"));

            busy.Should().BeOfType<SqliteException>().Which.SqliteErrorCode.Should().Be(5);
            DatabaseErrors.IsTransient(busy).Should().BeTrue();
            DatabaseErrors.CommittedNothing(busy).Should().BeTrue();
            DatabaseErrors.IsRetryable(busy, writeUnconfirmed: false).Should().BeFalse("the driver already waited its command timeout");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_sqlite_constraint_error_is_not_transient()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);");

        var duplicate = await Record.ExceptionAsync(() => ExecuteAsync(connection, "INSERT INTO t VALUES (1)"));

        DatabaseErrors.IsTransient(duplicate).Should().BeFalse();
    }

    [Fact]
    public async Task A_refused_sql_server_connection_is_transient()
    {
        await using var connection = new SqlConnection($"Server=tcp:127.0.0.1,{ClosedPort()};Connect Timeout=2;ConnectRetryCount=0;Encrypt=false");
        var refused = await Record.ExceptionAsync(() => connection.OpenAsync());

        refused.Should().BeOfType<SqlException>();
        DatabaseErrors.IsTransient(refused).Should().BeTrue();
        DatabaseErrors.IsRetryable(refused, writeUnconfirmed: false).Should().BeTrue();
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then given back.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }
}
