using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Quartz;

namespace AnalisaAI.Api.Infrastructure.Scheduling;

/// <summary>
/// Creates the scheduler while the database start-up lock is held: Quartz provisions its QRTZ_ tables as
/// the scheduler is created, and two instances doing so at once on an empty database would collide.
/// Resolved lazily, so that building the seeder list does not create the scheduler before the lock.
/// </summary>
public sealed class SchedulerStoreProvisioner(IServiceProvider services, DatabaseConnection connection) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (connection.IsSqlite)
        {
            // The scheduler's own file reads in WAL mode too (kept in the file), so acquiring a trigger
            // never waits for a job's commit.
            await using var sqlite = new SqliteConnection(connection.SchedulerConnectionString);
            await sqlite.OpenAsync(cancellationToken);
            await using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        services.GetRequiredKeyedService<IScheduler>(Scheduler.Name);
    }
}
