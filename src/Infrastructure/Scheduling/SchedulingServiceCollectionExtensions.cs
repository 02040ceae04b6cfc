using AnalisaAI.Api.Infrastructure.Persistence;
using Quartz;

namespace AnalisaAI.Api.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its persistent ADO store on the app's own database, so deferred work survives a restart.
    /// Quartz creates its QRTZ_ tables itself. On SQL Server the scheduler is clustered: several API
    /// instances on one database share the jobs, each job running on one instance at a time.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var connection = DatabaseConnection.For(builder);
        builder.Services.AddQuartz(Scheduler.Name, new System.Collections.Specialized.NameValueCollection(), quartz =>
        {
            quartz.UseDefaultThreadPool(maxConcurrency: 4);

            // Firing jobs is a matter of real time; the metrics read their instant T from the app's clock.
            quartz.UseTimeProvider(TimeProvider.System);

            // Each instance of a cluster needs its own id.
            quartz.ConfigureScheduler(scheduler => scheduler.GenerateInstanceId = true);
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (connection.IsSqlite)
                {
                    store.UseSqlite(connection.ConnectionString);
                }
                else
                {
                    store.UseSqlServer(connection.ConnectionString);
                    store.UseClustering(cluster => cluster.CheckinInterval = TimeSpan.FromSeconds(10));
                }
            });
        });

        // On shutdown the scheduler waits for running jobs; a job cut short by a crash requests recovery.
        builder.Services.AddQuartzHostedService(Scheduler.Name, options => options.WaitForJobsToComplete = true);
        builder.Services.AddHealthChecks().AddQuartz(Scheduler.Name, check =>
        {
            check.Name = "scheduler";
            check.Tags.Add("ready");
        });
        return builder;
    }
}
