using Microsoft.Data.Sqlite;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// The provider and connection strings the whole app uses, resolved once. Quartz keeps its jobs in the
/// app's database on SQL Server and PostgreSQL; on SQLite in a file of its own beside the app's
/// (<see cref="SchedulerConnectionString"/>), because SQLite has one writer per file and the scheduler's
/// bookkeeping writes would otherwise queue with the requests' writes for it.
/// </summary>
public sealed record DatabaseConnection(string Provider, string ConnectionString, string SchedulerConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/analisaai.db";

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    public bool IsSqlServer => Provider == DatabaseProvider.SqlServer;

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>Resolved once per app: persistence and scheduling both read it while services are registered.</summary>
    public static DatabaseConnection For(IHostApplicationBuilder builder)
    {
        if (builder.Properties.TryGetValue(typeof(DatabaseConnection), out var resolved))
        {
            return (DatabaseConnection)resolved;
        }

        var connection = From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Properties[typeof(DatabaseConnection)] = connection;
        return connection;
    }

    private static DatabaseConnection From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[$"{DatabaseOptions.Section}:Provider"];
        var provider = string.IsNullOrWhiteSpace(configured)
            ? DatabaseProvider.Sqlite
            : DatabaseProvider.Canonical(configured) ?? throw new InvalidOperationException(DatabaseOptions.UnknownProvider);
        var connectionString = configuration.GetConnectionString("Default");
        if (provider != DatabaseProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException($"ConnectionStrings:Default is required when Database:Provider is {provider}.")
                : new DatabaseConnection(provider, connectionString, connectionString);
        }

        // A relative SQLite path is relative to the content root, and its folder is created when missing.
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString);
        if (builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return new DatabaseConnection(provider, builder.ToString(), builder.ToString());
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        var scheduler = new SqliteConnectionStringBuilder(builder.ToString()) { DataSource = SchedulerFileFor(builder.DataSource) };
        return new DatabaseConnection(provider, builder.ToString(), scheduler.ToString());
    }

    /// <summary>The scheduler's SQLite file for the app's: <c>data/analisaai.db</c> → <c>data/analisaai.scheduler.db</c>.</summary>
    public static string SchedulerFileFor(string databaseFile) =>
        Path.Combine(Path.GetDirectoryName(databaseFile)!, Path.GetFileNameWithoutExtension(databaseFile) + ".scheduler" + Path.GetExtension(databaseFile));
}
