using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// Fills a running app's SQLite file with influencers by direct SQL in one transaction: 100,000 take
/// seconds this way, hours through the API. Values are stored the way the app's EF Core model stores
/// them (GUIDs as upper-case text, instants as UTC text, enums by name).
/// </summary>
public static class CatalogueSeeder
{
    public const int PostsEach = 40;
    public const int SnapshotsEach = 60;

    /// <summary>
    /// Adds <paramref name="total"/> influencers, all stale; the first <paramref name="withData"/> have
    /// never been updated and carry 40 posts and 60 daily snapshots each, the rest were updated 1 to 30
    /// days ago and have no posts. With <paramref name="benchmarked"/>, those also have a benchmark entry in the
    /// first ones' platform and tier (Instagram, mid), as a run would have left. Returns the ids of those with data.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> SeedAsync(string databasePath, int total, int withData, bool benchmarked = false)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=60");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        var influencer = Command(connection, transaction, """
            INSERT INTO "Influencers" ("Id", "Handle", "NormalizedHandle", "Platform", "Followers", "Following",
                "CreatedAt", "UpdatedAt", "LastUpdateStatus", "LastUpdateAt", "ConsecutiveFailures", "Version")
            VALUES ($id, $handle, $handle, 'Instagram', 120000, 800, $now, $updatedAt, $status, $updatedAt, 0, $version)
            """, "$id", "$handle", "$now", "$updatedAt", "$status", "$version");
        var post = Command(connection, transaction, """
            INSERT INTO "Posts" ("InfluencerId", "ExternalId", "PublishedAt", "ContentType", "Likes", "Comments",
                "Shares", "Saves", "Reach", "Impressions")
            VALUES ($influencerId, $externalId, $publishedAt, 'Image', $likes, $comments, $shares, $saves, $reach, $impressions)
            """, "$influencerId", "$externalId", "$publishedAt", "$likes", "$comments", "$shares", "$saves", "$reach", "$impressions");
        var snapshot = Command(connection, transaction, """
            INSERT INTO "AudienceSnapshots" ("InfluencerId", "Date", "Followers", "Following", "Gained", "Lost", "ProfileViews")
            VALUES ($influencerId, $date, $followers, 800, 90, 50, $profileViews)
            """, "$influencerId", "$date", "$followers", "$profileViews");
        var entry = Command(connection, transaction, """
            INSERT INTO "BenchmarkEntries" ("InfluencerId", "Sequence", "Platform", "Deleted", "RunId", "CalculatedAt", "Tier",
                "EngagementRatePublic", "GrowthRate30", "PreviousKnown")
            VALUES ($influencerId, 0, 'instagram', 0, $runId, $updatedAt, 'mid', $er, $growth, 1)
            """, "$influencerId", "$runId", "$updatedAt", "$er", "$growth");

        var now = DateTime.UtcNow;
        var random = new Random(2026);
        var seeded = new List<Guid>(withData);
        for (var index = 0; index < total; index++)
        {
            var id = Guid.CreateVersion7();
            var hasData = index < withData;
            var updatedAt = hasData ? (object)DBNull.Value : Instant(now.AddMinutes(-random.Next(60, 30 * 24 * 60)));
            await ExecuteAsync(influencer, Text(id), $"load{index}", Instant(now), updatedAt, hasData ? "Never" : "Succeeded", Text(Guid.NewGuid()));
            if (!hasData)
            {
                if (benchmarked)
                {
                    await ExecuteAsync(entry, Text(id), Text(Guid.NewGuid()), updatedAt, random.NextDouble() * 8, (random.NextDouble() * 6) - 1);
                }

                continue;
            }

            seeded.Add(id);
            for (var i = 0; i < PostsEach; i++)
            {
                await ExecuteAsync(post, Text(id), $"p{i}", Instant(now.AddHours(-(i * 17) - 1)), random.Next(2_000, 6_000),
                    random.Next(50, 300), random.Next(0, 100), random.Next(0, 200), random.Next(20_000, 40_000), random.Next(30_000, 60_000));
            }

            for (var day = 0; day < SnapshotsEach; day++)
            {
                await ExecuteAsync(snapshot, Text(id), DateOnly.FromDateTime(now).AddDays(-day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    120_000 - (day * 40), random.Next(300, 600));
            }
        }

        await transaction.CommitAsync();
        return seeded;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    internal static Task<int> ExecuteAsync(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQueryAsync();
    }

    internal static string Text(Guid id) => id.ToString().ToUpperInvariant();

    internal static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
