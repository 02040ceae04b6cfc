namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// A fact that needs the live PostgreSQL server: skipped, saying why, when <see cref="LivePostgres.Variable"/>
/// is missing on a developer's machine; when CI=true it always runs, so a CI without the server fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (LivePostgres.BaseConnectionString is null && !LivePostgres.IsCi)
        {
            Skip = LivePostgres.SkipReason;
        }
    }
}
