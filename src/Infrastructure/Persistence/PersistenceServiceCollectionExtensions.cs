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
        // No retrying execution strategy on the servers: it refuses the explicit transactions that token
        // rotation and ingestion rely on, and a transient failure is already a clean 500 the client can retry.
        // Every provider: a low-priority thread's writes move to the requests' priority first (LowPriorityWriteGuard).
        var guard = new LowPriorityWriteGuard();
        // Every provider: the interceptors features register (IInterceptor singletons, such as the one that keeps
        // the benchmark entries current in a run's commit) join the context's.
        if (connection.IsSqlite)
        {
            builder.Services.AddSingleton<WriterWaits>();
            builder.Services.AddSingleton<SqliteWriteGate>();
            builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((services, options) =>
                options.UseSqlite(connection.ConnectionString)
                    .AddInterceptors(new SqliteTuningInterceptor(), guard, services.GetRequiredService<SqliteWriteGate>())
                    .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else if (connection.IsPostgreSql)
        {
            // PostgreSQL sorts nulls highest; the queries that ask for it sort them lowest, as on the other two.
            builder.Services.AddDbContextPool<AppDbContext, PostgreSqlAppDbContext>((services, options) =>
                options.UseNpgsql(connection.ConnectionString).AddInterceptors(guard, new NullsLowestInterceptor())
                    .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else if (connection.IsSqlServer)
        {
            builder.Services.AddDbContextPool<AppDbContext, SqlServerAppDbContext>((services, options) =>
                options.UseSqlServer(connection.ConnectionString).AddInterceptors(guard).AddInterceptors(services.GetServices<IInterceptor>()));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
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
