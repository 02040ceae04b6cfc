using Microsoft.Data.Sqlite;
using static AnalisaAI.LoadBenchmark.CatalogueSeeder;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// Fills a running app's SQLite file with influencers that each have a latest successful run (a run-log row and
/// the six stage results, the influencer row's copies of its figures), as after a sweep, by direct SQL in one
/// transaction like <see cref="CatalogueSeeder"/>: what a list or an export reads, without computing anything.
/// </summary>
public static class ScoredCatalogueSeeder
{
    private static readonly string[] Tiers = ["nano", "micro", "mid", "macro", "mega"];

    public static async Task SeedAsync(string databasePath, int total)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=60");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        var influencer = Command(connection, transaction, """
            INSERT INTO "Influencers" ("Id", "Handle", "NormalizedHandle", "Platform", "DisplayName", "Followers", "Following",
                "CreatedAt", "UpdatedAt", "LastUpdateStatus", "LastUpdateAt", "ConsecutiveFailures", "Version", "DataAsOf",
                "LatestRunId", "RelevanceOverall", "FollowerTier", "ErPercentile", "DataConfidence", "RaisedFlags")
            VALUES ($id, $handle, $handle, 'Instagram', $name, $followers, 800, $at, $at, 'Succeeded', $at, 0, $version, $at,
                $runId, $relevance, $tier, $percentile, 'high', $flags)
            """, "$id", "$handle", "$name", "$followers", "$at", "$version", "$runId", "$relevance", "$tier", "$percentile", "$flags");
        var run = Command(connection, transaction, """
            INSERT INTO "MetricRuns" ("Id", "InfluencerId", "Trigger", "Status", "StartedAt", "FinishedAt", "CalculatedAt", "DataAsOf")
            VALUES ($runId, $id, 'Sweep', 'Succeeded', $at, $at, $at, $at)
            """, "$runId", "$id", "$at");
        var engagement = Command(connection, transaction, """
            INSERT INTO "EngagementResults" ("RunId", "InfluencerId", "CalculatedAt", "PostsAnalyzed", "TotalLikes", "TotalComments",
                "TotalShares", "TotalSaves", "AvgLikes", "AvgComments", "AvgShares", "AvgSaves", "AvgInteractions", "EngagementRate",
                "EngagementRateByReach", "PublicSampleSize", "EngagementRatePublic")
            VALUES ($runId, $id, $at, 40, 160000, 8000, 2000, 4000, 4000, 200, 50, 100, 4350, $er, $er, 40, $erPublic)
            """, "$runId", "$id", "$at", "$er", "$erPublic");
        var reach = Command(connection, transaction, """
            INSERT INTO "ReachResults" ("RunId", "InfluencerId", "CalculatedAt", "AvgReach", "AvgImpressions", "ReachRate", "StoriesCount")
            VALUES ($runId, $id, $at, 30000, 45000, 25.0, 0)
            """, "$runId", "$id", "$at");
        var growth = Command(connection, transaction, """
            INSERT INTO "GrowthResults" ("RunId", "InfluencerId", "CalculatedAt", "Followers", "NetNewFollowers30", "GrowthRate30")
            VALUES ($runId, $id, $at, $followers, 1200, $growth)
            """, "$runId", "$id", "$at", "$followers", "$growth");
        var relevance = Command(connection, transaction, """
            INSERT INTO "RelevanceResults" ("RunId", "InfluencerId", "CalculatedAt", "Overall", "EngagementScore", "ReachScore",
                "GrowthScore", "ConsistencyScore", "AudienceQualityScore", "EstimatedComponents")
            VALUES ($runId, $id, $at, $relevance, 70, 60, 50, 80, 75, '')
            """, "$runId", "$id", "$at", "$relevance");
        var benchmark = Command(connection, transaction, """
            INSERT INTO "BenchmarkResults" ("RunId", "InfluencerId", "CalculatedAt", "FollowerTier", "ErPeerCount", "ErPercentile", "GrowthPeerCount")
            VALUES ($runId, $id, $at, $tier, 1000, $percentile, 1000)
            """, "$runId", "$id", "$at", "$tier", "$percentile");
        var signals = Command(connection, transaction, """
            INSERT INTO "SignalsResults" ("RunId", "InfluencerId", "CalculatedAt", "DataConfidence", "Flags", "RaisedFlags", "SnapshotDays30")
            VALUES ($runId, $id, $at, 'high', '[]', $raised, 30)
            """, "$runId", "$id", "$at", "$raised");

        var now = DateTime.UtcNow;
        var random = new Random(2026);
        for (var index = 0; index < total; index++)
        {
            var id = Text(Guid.CreateVersion7());
            var runId = Text(Guid.CreateVersion7());
            var at = Instant(now.AddMinutes(-random.Next(1, 7 * 24 * 60)));
            var followers = random.Next(1_000, 2_000_000);
            var tier = Tiers[random.Next(Tiers.Length)];
            var percentile = Math.Round(random.NextDouble() * 100, 1);
            var er = random.NextDouble() * 8;
            var score = random.NextDouble() * 100;
            var raised = index % 7 == 0 ? "followerSpike" : "";
            await ExecuteAsync(influencer, id, $"csv{index}", $"Creator {index}", followers, at, Text(Guid.NewGuid()), runId,
                score, tier, percentile, raised.Length == 0 ? "" : $";{raised};");
            await ExecuteAsync(run, runId, id, at);
            await ExecuteAsync(engagement, runId, id, at, er, er * 0.9);
            await ExecuteAsync(reach, runId, id, at);
            await ExecuteAsync(growth, runId, id, at, followers, (random.NextDouble() * 6) - 2);
            await ExecuteAsync(relevance, runId, id, at, score);
            await ExecuteAsync(benchmark, runId, id, at, tier, percentile);
            await ExecuteAsync(signals, runId, id, at, raised);
        }

        await transaction.CommitAsync();
    }
}
