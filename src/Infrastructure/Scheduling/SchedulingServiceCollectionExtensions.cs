using System.ComponentModel.DataAnnotations;
using AnalisaAI.Api.Infrastructure.Persistence;
using Quartz;

namespace AnalisaAI.Api.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Jobs at once on a server database.</summary>
    public const int MaxConcurrency = 4;

    /// <summary>
    /// Jobs at once on SQLite: it has one writer, so more jobs only queue for its lock and lengthen every
    /// run (measured: no faster drain at 4 than at 2, and each run several times slower), while taking the
    /// CPU the requests need. Two keep one job computing while the other commits.
    /// </summary>
    public const int SqliteMaxConcurrency = 2;

    public static readonly TimeSpan MisfireThreshold = TimeSpan.FromHours(1);

    /// <summary>
    /// How long the store waits after a database failure before trying again (Quartz's default is 15 s): the
    /// scheduler's loop between failed acquisitions, the misfire handler between failed passes, the cluster
    /// check-in at most. A database back from a restart has Quartz firing again within this; while it is away,
    /// one failed connection attempt per loop every 2 s costs nothing.
    /// </summary>
    public static readonly TimeSpan DbRetryInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Quartz with its persistent ADO store, so deferred work survives a restart: in the app's database on the
    /// servers, in a file of its own on SQLite (<see cref="DatabaseConnection.SchedulerConnectionString"/>).
    /// Quartz creates its QRTZ_ tables itself. On SQL Server and PostgreSQL the scheduler is clustered:
    /// several API instances on one database share the jobs, each job running on one instance at a time,
    /// and the running jobs of an instance that died are recovered by another.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var connection = DatabaseConnection.For(builder);
        var options = SchedulingOptionsFrom(builder.Configuration);

        // Also for the metrics update's heartbeat: one notion of when an instance is taken for dead.
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        var maxConcurrency = connection.IsSqlite ? SqliteMaxConcurrency : MaxConcurrency;
        builder.Services.AddQuartz(Scheduler.Name, new System.Collections.Specialized.NameValueCollection(), quartz =>
        {
            quartz.UseDefaultThreadPool(maxConcurrency);

            // Firing jobs is a matter of real time; the metrics read their instant T from the app's clock.
            quartz.UseTimeProvider(TimeProvider.System);

            quartz.ConfigureScheduler(scheduler =>
            {
                // Each instance of a cluster needs its own id.
                scheduler.GenerateInstanceId = true;

                // An acquisition round is a transaction: it takes as many due triggers as there are free
                // threads, instead of one trigger per round.
                scheduler.MaxBatchSize = maxConcurrency;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();

                // Our triggers fire now and, when late, fire as soon as they can (FireNow), so a misfire
                // changes nothing but costs a rewrite of each late trigger by the misfire handler before
                // it can be acquired again: with a backlog older than the default minute, every job would
                // pay that. A late trigger is simply fired in its turn.
                store.ConfigureStore(storeOptions =>
                {
                    storeOptions.MisfireThreshold = MisfireThreshold;
                    storeOptions.DbRetryInterval = DbRetryInterval;
                });
                if (connection.IsSqlite)
                {
                    store.UseSqlite(SqliteTunedFactory.Instance, connection.SchedulerConnectionString);
                    return;
                }

                if (connection.IsPostgreSql)
                {
                    store.UsePostgres(connection.ConnectionString);
                }
                else
                {
                    store.UseSqlServer(connection.ConnectionString);
                }

                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = options.ClusterCheckinInterval;
                    cluster.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                });
            });
        });

        // On shutdown the scheduler waits for running jobs; a job cut short by a crash requests recovery.
        builder.Services.AddQuartzHostedService(Scheduler.Name, hosted => hosted.WaitForJobsToComplete = true);
        builder.Services.AddSingleton<IDatabaseSeeder, SchedulerStoreProvisioner>();
        builder.Services.AddHealthChecks().AddQuartz(Scheduler.Name, check =>
        {
            check.Name = "scheduler";
            check.Tags.Add("ready");
        });
        return builder;
    }

    /// <summary>Read while services are registered (Quartz takes plain values), and validated at once.</summary>
    private static SchedulingOptions SchedulingOptionsFrom(IConfiguration configuration)
    {
        var options = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.ErrorMessage)));
        }

        return options;
    }
}
