namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations;

/// <summary>
/// Fills the benchmark entries of a database migrated with runs already stored: each influencer's latest run,
/// with its growth.followers' tier and growthRate30 (engagementRatePublic is unknown for runs stored before
/// part 2, so they count only for growth). Their earlier results stay in the run log: PreviousKnown is false.
/// One text that SQLite, SQL Server and PostgreSQL read the same way, but for how each spells false.
/// </summary>
internal static class BenchmarkEntriesBackfill
{
    public static string Sql(string falseLiteral) => $"""
        INSERT INTO "BenchmarkEntries" ("InfluencerId", "Sequence", "Deleted", "PreviousKnown", "RunId", "CalculatedAt", "Platform", "Tier",
            "EngagementRatePublic", "GrowthRate30")
        SELECT i."Id", 0, {falseLiteral}, {falseLiteral}, g."RunId", g."CalculatedAt", LOWER(i."Platform"),
            CASE WHEN g."Followers" < 1000 THEN NULL
                 WHEN g."Followers" < 10000 THEN 'nano'
                 WHEN g."Followers" < 100000 THEN 'micro'
                 WHEN g."Followers" < 500000 THEN 'mid'
                 WHEN g."Followers" < 1000000 THEN 'macro'
                 ELSE 'mega' END,
            e."EngagementRatePublic", g."GrowthRate30"
        FROM "Influencers" i
        JOIN "GrowthResults" g ON g."RunId" = i."LatestRunId"
        LEFT JOIN "EngagementResults" e ON e."RunId" = g."RunId"
        """;
}
