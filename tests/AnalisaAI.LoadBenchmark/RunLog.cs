using Microsoft.Data.Sqlite;

namespace AnalisaAI.LoadBenchmark;

/// <summary>Counts the app's finished metric runs in its SQLite file: every run, beyond the API's 500-item page.</summary>
public static class RunLog
{
    public static async Task<int> CountAsync(string databasePath, string status, string? trigger = null)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=60");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "MetricRuns" WHERE "Status" = $status AND ($trigger IS NULL OR "Trigger" = $trigger)""";
        command.Parameters.AddWithValue("$status", status);
        command.Parameters.AddWithValue("$trigger", (object?)trigger ?? DBNull.Value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
