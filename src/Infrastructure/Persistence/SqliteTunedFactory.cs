using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Microsoft.Data.Sqlite's factory, except that its connections get <see cref="SqliteTuning"/> when they
/// open: for components that open their own connections from a factory (the Quartz store).
/// </summary>
public sealed class SqliteTunedFactory : DbProviderFactory
{
    public static readonly SqliteTunedFactory Instance = new();

    private SqliteTunedFactory()
    {
    }

    public override DbConnection CreateConnection()
    {
        var connection = SqliteFactory.Instance.CreateConnection();
        connection.StateChange += SqliteTuning.ApplyOnOpen;
        return connection;
    }

    public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();

    public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();
}
