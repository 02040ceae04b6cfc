using System.Collections.Frozen;
using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>What a provider's error means, the same on SQLite, PostgreSQL and SQL Server.</summary>
public static class DatabaseErrors
{
    // SQLite's extended result codes for a PRIMARY KEY and a UNIQUE constraint.
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    // SQLite's primary result codes for a file another connection holds (BUSY) or a table it locks (LOCKED).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>SQL Server's "timeout expired" (a command's, or the pool's wait for a connection).</summary>
    private const int SqlServerTimeout = -2;

    /// <summary>
    /// SQL Server's transient errors: EF Core's list (SqlServerTransientExceptionDetector, internal to it) with
    /// 4060 and 4221 (a database that is starting or failing over) and -2 (a timeout).
    /// </summary>
    private static readonly FrozenSet<int> SqlServerTransient = FrozenSet.Create(
        49920, 49919, 49918, 41839, 41325, 41305, 41302, 41301, 40613, 40501, 40197, 10929, 10928, 10060, 10054, 10053,
        4221, 4060, 1205, 233, 121, 64, 20, SqlServerTimeout);

    /// <summary>Of those, the answers that say the server refused or rolled back the work: nothing of it was committed.</summary>
    private static readonly FrozenSet<int> SqlServerCommittedNothing = FrozenSet.Create(
        49920, 49919, 49918, 41839, 41325, 41305, 41302, 41301, 40613, 40501, 10929, 10928, 4221, 4060, 1205);

    /// <summary>
    /// PostgreSQL's answers that say nothing was committed: the transaction was rolled back (serialization
    /// failure, deadlock), or the statement or the connection was refused before anything ran (cannot connect
    /// now: starting up or shutting down; too many connections; a lock not available; an object in use).
    /// </summary>
    private static readonly FrozenSet<string> PostgresCommittedNothing = FrozenSet.Create(
        StringComparer.Ordinal, "40001", "40P01", "57P03", "53300", "55P03", "55006");

    /// <summary>True when <paramref name="exception"/> (or what it wraps) says a row with that key already exists.</summary>
    public static bool IsUniqueViolation(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique:
                case SqlException sqlServer when sqlServer.Number is 2627 or 2601:
                case DbException { SqlState: "23505" }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the database was away or busy rather than the request wrong, so the same request may well succeed
    /// in a few seconds: a connection that could not be opened or was lost, a server shutting down or starting up
    /// (57P01, 57P02, 57P03), a connection exception (08xxx), a serialization failure or deadlock (40001, 40P01),
    /// SQL Server's transient errors, a busy or locked SQLite file, and a timeout (of a command, or of the pool's
    /// wait for a connection). Looks through the wrappers EF Core adds (DbUpdateException, its retry limit, its
    /// "likely due to a transient failure").
    /// </summary>
    public static bool IsTransient(Exception? exception) => Chain(exception).Any(e => e switch
    {
        // Npgsql's own rule: PostgreSQL's transient states, and any I/O, socket or timeout failure under it.
        NpgsqlException npgsql => npgsql.IsTransient,
        SqlException sqlServer => sqlServer.Errors.Cast<SqlError>().Any(error => SqlServerTransient.Contains(error.Number))
            || sqlServer.InnerException is SocketException or IOException,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    });

    /// <summary>
    /// True when the failure took its time before it came: a timeout (a command's, a connection's, the pool's), or a
    /// busy SQLite file, which Microsoft.Data.Sqlite reports only after retrying the statement for its whole command
    /// timeout. Waiting for it again would only keep the request longer.
    /// </summary>
    public static bool IsSlow(Exception? exception) => Chain(exception).Any(e => e switch
    {
        TimeoutException => true,
        SqlException sqlServer => sqlServer.Number == SqlServerTimeout,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    });

    /// <summary>
    /// True when the server answered that the failed work committed nothing: it rolled the transaction back, or
    /// refused the statement or the connection. A lost connection says nothing of the kind: a write, or a commit,
    /// sent just before it may have committed on the server.
    /// </summary>
    public static bool CommittedNothing(Exception? exception) => Chain(exception).Any(e => e switch
    {
        PostgresException postgres => PostgresCommittedNothing.Contains(postgres.SqlState),
        SqlException sqlServer => sqlServer.Errors.Cast<SqlError>().Any(error => SqlServerCommittedNothing.Contains(error.Number)),
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    });

    /// <summary>
    /// Whether an attempt that failed with <paramref name="exception"/> may be run again at once: it is transient and
    /// quick, and either no write of it may have committed (<paramref name="writeUnconfirmed"/>: its last statement
    /// was a write that commits by itself, or a COMMIT, and its answer never came), or the server said nothing was
    /// committed. A write whose outcome is unknown is never run again: the client gets a 503 and decides.
    /// </summary>
    public static bool IsRetryable(Exception? exception, bool writeUnconfirmed) =>
        IsTransient(exception) && !IsSlow(exception) && (!writeUnconfirmed || CommittedNothing(exception));

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
