using Microsoft.Data.Sqlite;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>The provider and connection string the whole app (EF Core and Quartz) uses, resolved once.</summary>
public sealed record DatabaseConnection(string Provider, string ConnectionString)
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
                : new DatabaseConnection(provider, connectionString);
        }

        // A relative SQLite path is relative to the content root, and its folder is created when missing.
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return new DatabaseConnection(provider, builder.ToString());
    }
}
