namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations;

/// <summary>
/// Fills the list's new columns of a database migrated with runs already stored, from each influencer's latest
/// run: engagement.engagementRate, growth.growthRate30, and the relevance components known from data (5 minus the
/// names in the comma-separated estimatedComponents; 0 without a run, the column's default). One text that SQLite,
/// SQL Server and PostgreSQL read the same way, but for the name of the string length function.
/// </summary>
internal static class ListFiguresBackfill
{
    /// <summary>
    /// SQL Server compiles a script's batch as a whole, and this one adds the columns the update names: run through
    /// EXEC, the update is compiled when it runs, after the columns exist.
    /// </summary>
    public static string SqlServerSql() => $"EXEC(N'{Sql("LEN").Replace("'", "''", StringComparison.Ordinal)}')";

    public static string Sql(string lengthFunction) => $"""
        UPDATE "Influencers" SET
            "EngagementRate" = (SELECT e."EngagementRate" FROM "EngagementResults" e WHERE e."RunId" = "Influencers"."LatestRunId"),
            "GrowthRate30" = (SELECT g."GrowthRate30" FROM "GrowthResults" g WHERE g."RunId" = "Influencers"."LatestRunId"),
            "KnownComponents" = COALESCE((
                SELECT 5 - CASE WHEN r."EstimatedComponents" = '' THEN 0
                    ELSE {lengthFunction}(r."EstimatedComponents") - {lengthFunction}(REPLACE(r."EstimatedComponents", ',', '')) + 1 END
                FROM "RelevanceResults" r WHERE r."RunId" = "Influencers"."LatestRunId"), 0)
        WHERE "LatestRunId" IS NOT NULL
        """;
}
