using AnalisaAI.Api.Infrastructure.Threading;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connection = DatabaseConnection.For(builder);
        builder.Services.AddSingleton(connection);

        // Pooled contexts: a request or a run takes a context whose options and services are built once,
        // instead of building them per scope (measurable on the refresh path and per background run).
        // Every provider: a low-priority thread's writes move to the requests' priority first (LowPriorityWriteGuard).
        // Every provider: a transient failure is retried where that is safe (TransientFailureRetries, which needs to
        // know of writes whose answer never came: UnconfirmedWrites); explicit transactions run as retried units.
        var guard = new LowPriorityWriteGuard();
        var unconfirmed = new UnconfirmedWrites();
        // Every provider: the interceptors features register (IInterceptor singletons, such as the one that keeps
        // the benchmark entries current in a run's commit) join the context's.
        if (connection.IsSqlite)
        {
            builder.Services.AddSingleton<WriterWaits>();
            builder.Services.AddSingleton<SqliteWriteGate>();
            builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((services, options) =>
                options.UseSqlite(connection.ConnectionString, sqlite => sqlite.ExecutionStrategy(d => new TransientFailureRetries(d)))
                    .AddInterceptors(new SqliteTuningInterceptor(), guard, unconfirmed, services.GetRequiredService<SqliteWriteGate>())
                    .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else if (connection.IsPostgreSql)
        {
            // PostgreSQL sorts nulls highest; the queries that ask for it sort them lowest, as on the other two.
            builder.Services.AddDbContextPool<AppDbContext, PostgreSqlAppDbContext>((services, options) =>
                options.UseNpgsql(connection.ConnectionString, npgsql => npgsql.ExecutionStrategy(d => new TransientFailureRetries(d)))
                    .AddInterceptors(guard, unconfirmed, new NullsLowestInterceptor())
                    .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else if (connection.IsSqlServer)
        {
            builder.Services.AddDbContextPool<AppDbContext, SqlServerAppDbContext>((services, options) =>
                options.UseSqlServer(connection.ConnectionString, sqlServer => sqlServer.ExecutionStrategy(d => new TransientFailureRetries(d)))
                    .AddInterceptors(guard, unconfirmed).AddInterceptors(services.GetServices<IInterceptor>()));
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"], timeout: DatabaseHealthCheck.Timeout);
        builder.Services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    /// <summary>Migrates and seeds before the app takes requests.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }
}
