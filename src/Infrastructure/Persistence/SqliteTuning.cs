using System.Data;
using System.Data.Common;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings for this workload, applied to every connection the app opens (EF Core
/// and Quartz alike), as SQLite keeps them per connection. WAL itself is a property of the file, set once
/// at start-up.
/// </summary>
public static class SqliteTuning
{
    /// <summary>
    /// synchronous=NORMAL: in WAL mode a commit is durable against a crash of the app and only the last
    /// commits can be lost on power loss, and it saves an fsync per commit. busy_timeout: a writer that
    /// finds the single write lock taken waits for it inside SQLite, in steps of a few milliseconds,
    /// instead of failing over to the driver's retry loop, which sleeps far longer between tries.
    /// </summary>
    public const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>For connections the app does not open itself (Quartz's): applies the settings when one opens.</summary>
    public static void ApplyOnOpen(object? sender, StateChangeEventArgs change)
    {
        if (sender is DbConnection connection && change.CurrentState == ConnectionState.Open)
        {
            Apply(connection);
        }
    }
}
