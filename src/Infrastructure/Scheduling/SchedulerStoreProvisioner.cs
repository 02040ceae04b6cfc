using AnalisaAI.Api.Infrastructure.Persistence;
using Quartz;

namespace AnalisaAI.Api.Infrastructure.Scheduling;

/// <summary>
/// Creates the scheduler while the database start-up lock is held: Quartz provisions its QRTZ_ tables as
/// the scheduler is created, and two instances doing so at once on an empty database would collide.
/// Resolved lazily, so that building the seeder list does not create the scheduler before the lock.
/// </summary>
public sealed class SchedulerStoreProvisioner(IServiceProvider services) : IDatabaseSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredKeyedService<IScheduler>(Scheduler.Name);
        return Task.CompletedTask;
    }
}
