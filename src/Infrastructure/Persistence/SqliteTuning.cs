using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

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

    /// <summary>
    /// The native connections already tuned. A pooled SqliteConnection opens on a native connection that
    /// keeps its settings, so each one is tuned once instead of on every open (EF opens per query).
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    public static void Apply(DbConnection connection)
    {
        if (!NeedsTuning(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (!NeedsTuning(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool NeedsTuning(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Tuned.TryAdd(handle, handle);

    /// <summary>For connections the app does not open itself (Quartz's): applies the settings when one opens.</summary>
    public static void ApplyOnOpen(object? sender, StateChangeEventArgs change)
    {
        if (sender is DbConnection connection && change.CurrentState == ConnectionState.Open)
        {
            Apply(connection);
        }
    }
}
