using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>Brings the database to the latest migration at start-up, then runs the registered seeders.</summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    DatabaseConnection connection,
    IEnumerable<IDatabaseSeeder> seeders,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (connection.IsSqlite)
        {
            // WAL lets readers go on while a run commits; the setting is kept in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(connection.Provider);

        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    private partial void LogMigrated(string provider);
}
