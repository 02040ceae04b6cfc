using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>Applies <see cref="SqliteTuning"/> to each connection EF Core opens.</summary>
public sealed class SqliteTuningInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteTuning.Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SqliteTuning.ApplyAsync(connection, cancellationToken);
}
