using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.UnitTests.Persistence;

public sealed class DatabaseErrorsTests
{
    [Theory]
    [InlineData("INSERT INTO t (id, name) VALUES (1, 'a')", true)]
    [InlineData("INSERT INTO t (id, name) VALUES (2, 'taken')", true)]
    [InlineData("INSERT INTO t (id, name) VALUES (3, NULL)", false)]
    public void A_duplicate_key_is_a_unique_violation_and_other_constraint_errors_are_not(string insert, bool unique)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");
        Execute(connection, "INSERT INTO t (id, name) VALUES (1, 'taken')");

        var error = Record.Exception(() => Execute(connection, insert));

        error.Should().BeOfType<SqliteException>();
        DatabaseErrors.IsUniqueViolation(error).Should().Be(unique);
        RunError.IsConcurrentChange(new DbUpdateException("save failed", error)).Should().Be(unique,
            "a key another run of the influencer inserted first makes the run compute again; anything else fails it");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
