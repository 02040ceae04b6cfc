using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>What a provider's error means, the same on SQLite, PostgreSQL and SQL Server.</summary>
public static class DatabaseErrors
{
    // SQLite's extended result codes for a PRIMARY KEY and a UNIQUE constraint.
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

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
}
