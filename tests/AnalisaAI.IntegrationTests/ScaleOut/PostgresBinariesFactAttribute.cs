namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// A fact that needs PostgreSQL's binaries, to run a server of its own: skipped, saying why, on a machine without
/// them; when CI=true it always runs, so a CI without them fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresBinariesFactAttribute : FactAttribute
{
    public PostgresBinariesFactAttribute()
    {
        if (ThrowawayPostgres.BinDirectory is null && !LivePostgres.IsCi)
        {
            Skip = ThrowawayPostgres.SkipReason;
        }
    }
}
