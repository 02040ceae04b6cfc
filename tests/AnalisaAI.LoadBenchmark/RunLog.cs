using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AnalisaAI.LoadBenchmark;

/// <summary>Reads the app's metric runs from its SQLite file: every run, beyond the API's 500-item page.</summary>
public static class RunLog
{
    public static async Task<int> CountAsync(string databasePath, string status, string? trigger = null)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "MetricRuns" WHERE "Status" = $status AND ($trigger IS NULL OR "Trigger" = $trigger)""";
        command.Parameters.AddWithValue("$status", status);
        command.Parameters.AddWithValue("$trigger", (object?)trigger ?? DBNull.Value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>How long each succeeded run took from its start to its commit, leaving out the first <paramref name="skip"/> to finish.</summary>
    public static async Task<LatencySamples> RunTimesAsync(string databasePath, int skip = 0)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "StartedAt", "FinishedAt" FROM "MetricRuns" WHERE "Status" = 'Succeeded' ORDER BY "FinishedAt" LIMIT -1 OFFSET $skip""";
        command.Parameters.AddWithValue("$skip", skip);
        await using var reader = await command.ExecuteReaderAsync();
        var samples = new LatencySamples();
        while (await reader.ReadAsync())
        {
            samples.Add((reader.GetDateTime(1) - reader.GetDateTime(0)).TotalMilliseconds);
        }

        return samples;
    }

    /// <summary>
    /// From the first start to the last end of the succeeded runs that finished after the first <paramref name="skip"/>,
    /// <paramref name="take"/> of them: how long the run log says that backlog took to drain.
    /// </summary>
    public static async Task<TimeSpan> DrainTimeAsync(string databasePath, int skip, int take)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT MIN("StartedAt"), MAX("FinishedAt") FROM (
              SELECT "StartedAt", "FinishedAt" FROM "MetricRuns" WHERE "Status" = 'Succeeded' ORDER BY "FinishedAt" LIMIT $take OFFSET $skip)
            """;
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$take", take);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetDateTime(1) - reader.GetDateTime(0);
    }

    /// <summary>
    /// Queues a manual run of each influencer straight into the run log, as the API records one (running, no
    /// instance yet), in one transaction: a backlog that the app's manual runner finds at its next poll.
    /// </summary>
    public static async Task QueueManualRunsAsync(string databasePath, IEnumerable<Guid> influencerIds)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "MetricRuns" ("Id", "InfluencerId", "Trigger", "Status", "StartedAt")
            VALUES ($id, $influencerId, 'Manual', 'Running', $startedAt)
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var influencerId = command.Parameters.Add("$influencerId", SqliteType.Text);
        command.Parameters.AddWithValue("$startedAt", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        foreach (var influencer in influencerIds)
        {
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            influencerId.Value = influencer.ToString().ToUpperInvariant();
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=60");
        await connection.OpenAsync();
        return connection;
    }
}
