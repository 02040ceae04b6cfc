using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the latest migration at start-up, then runs the registered seeders, all under
/// <see cref="DatabaseStartupLock"/>, so instances started together on one database take turns.
/// </summary>
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
        else
        {
            await CreateDatabaseIfMissingAsync(cancellationToken);
        }

        await using (await DatabaseStartupLock.AcquireAsync(connection, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(connection.Provider);
            if (connection.IsPostgreSql)
            {
                await ReloadPostgresTypesAsync(cancellationToken);
            }

            foreach (var seeder in seeders)
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
    }

    /// <summary>The lock lives in the database, so the database must exist first; another instance may create it meanwhile.</summary>
    private async Task CreateDatabaseIfMissingAsync(CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Another instance may have created it first; if not, this is the real failure.
            if (!await creator.ExistsAsync(cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// A migration may add a type (the citext extension), and Npgsql may have loaded the database's types before it
    /// ran: it would then read such a column as of an unknown type, which the buffered reads of the retrying
    /// execution strategy refuse. Reloading after the migration, and dropping connections opened before, fixes that.
    /// </summary>
    private async Task ReloadPostgresTypesAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var npgsql = (NpgsqlConnection)db.Database.GetDbConnection();
            await npgsql.ReloadTypesAsync(cancellationToken);
            NpgsqlConnection.ClearPool(npgsql);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    private partial void LogMigrated(string provider);
}
