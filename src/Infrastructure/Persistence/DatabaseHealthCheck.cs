using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Readiness: whether the database answers now. One attempt, never retried, so a probe says how things are; bounded
/// by <see cref="Timeout"/> (the registration's), so a probe never hangs on a database host that does not answer, and
/// reads healthy again with the first probe after the database is back.
/// </summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        await TransientFailureRetries.OnceAsync(db, token => db.Database.CanConnectAsync(token), cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer.");
}
