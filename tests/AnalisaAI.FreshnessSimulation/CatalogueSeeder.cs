using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// Fills the app's SQLite file with influencers by direct SQL in one transaction (seconds for 10,000, where
/// the API would take minutes). Values are stored the way the app's EF Core model stores them (GUIDs as
/// upper-case text, instants as UTC text, enums by name).
/// </summary>
public static class CatalogueSeeder
{
    public const int PostsEach = 3;
    public const int SnapshotsEach = 3;

    /// <summary>How far back the seeded influencers' last updates are spread, evenly at random.</summary>
    public static readonly TimeSpan UpdatedWithin = TimeSpan.FromHours(48);

    /// <summary>
    /// Adds <paramref name="count"/> influencers updated within the 48 hours before <paramref name="now"/>, each
    /// with its data as of its last update (as if that run had fetched it); returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> SeedAsync(string databasePath, int count, DateTime now, int seed)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=60");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        var influencer = Command(connection, transaction, """
            INSERT INTO "Influencers" ("Id", "Handle", "NormalizedHandle", "Platform", "Followers", "Following",
                "CreatedAt", "UpdatedAt", "DataAsOf", "LastUpdateStatus", "LastUpdateAt", "ConsecutiveFailures", "Version")
            VALUES ($id, $handle, $handle, 'Instagram', 120000, 800, $createdAt, $updatedAt, $updatedAt, 'Succeeded', $updatedAt, 0, $version)
            """, "$id", "$handle", "$createdAt", "$updatedAt", "$version");
        var post = Command(connection, transaction, """
            INSERT INTO "Posts" ("InfluencerId", "ExternalId", "PublishedAt", "ContentType", "Likes", "Comments",
                "Shares", "Saves", "Reach", "Impressions")
            VALUES ($influencerId, $externalId, $publishedAt, 'Image', $likes, $comments, 10, 20, 30000, 45000)
            """, "$influencerId", "$externalId", "$publishedAt", "$likes", "$comments");
        var snapshot = Command(connection, transaction, """
            INSERT INTO "AudienceSnapshots" ("InfluencerId", "Date", "Followers", "Following", "Gained", "Lost", "ProfileViews")
            VALUES ($influencerId, $date, $followers, 800, 90, 50, 400)
            """, "$influencerId", "$date", "$followers");

        var random = new Random(seed);
        var ids = new List<Guid>(count);
        for (var index = 0; index < count; index++)
        {
            var id = Guid.CreateVersion7();
            ids.Add(id);
            var updatedAt = now - (UpdatedWithin * random.NextDouble());
            await ExecuteAsync(influencer, Text(id), $"sim{index}", Instant(now.AddDays(-30)), Instant(updatedAt), Text(Guid.NewGuid()));
            for (var i = 0; i < PostsEach; i++)
            {
                await ExecuteAsync(post, Text(id), $"seed{i}", Instant(now.AddDays(-(i * 5) - 2)), random.Next(2_000, 6_000), random.Next(50, 300));
            }

            for (var day = 1; day <= SnapshotsEach; day++)
            {
                await ExecuteAsync(snapshot, Text(id),
                    DateOnly.FromDateTime(now).AddDays(-day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 120_000 - (day * 40));
            }
        }

        await transaction.CommitAsync();
        return ids;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
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

    private static Task<int> ExecuteAsync(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQueryAsync();
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
