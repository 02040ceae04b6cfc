using System.Data.Common;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Persistence;

/// <summary>
/// Every connection to the SQLite files, the app's and the scheduler's (a file of its own), runs in WAL with
/// synchronous=NORMAL and waits for the write lock instead of failing at once.
/// </summary>
public sealed class SqliteTuningTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_apps_connections_are_tuned()
    {
        _ = factory.CreateClient();

        var pragmas = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                return await ReadAsync(db.Database.GetDbConnection());
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        pragmas.Should().Be(("wal", 1L, 5000L));
    }

    [Fact]
    public async Task The_schedulers_connections_are_tuned()
    {
        _ = factory.CreateClient();
        await using var connection = SqliteTunedFactory.Instance.CreateConnection();
        connection.ConnectionString = $"Data Source={DatabaseConnection.SchedulerFileFor(factory.DatabasePath)}";
        await connection.OpenAsync();

        (await ReadAsync(connection)).Should().Be(("wal", 1L, 5000L));
    }

    private static async Task<(string JournalMode, long Synchronous, long BusyTimeout)> ReadAsync(DbConnection connection) =>
        ((string)(await ScalarAsync(connection, "PRAGMA journal_mode;"))!,
            (long)(await ScalarAsync(connection, "PRAGMA synchronous;"))!,
            (long)(await ScalarAsync(connection, "PRAGMA busy_timeout;"))!);

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
