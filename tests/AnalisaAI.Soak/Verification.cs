using System.Diagnostics;
using System.Net;
using Npgsql;

namespace AnalisaAI.Soak;

/// <summary>What the end of the soak found about the acknowledged writes.</summary>
public sealed record VerificationResult(
    int Batches,
    int Posts,
    int PostsMissing,
    int ReplayedBatches,
    int ReplayNotAcknowledged,
    long ReplayInserted,
    long ReplayUpdated,
    int Recalculations,
    int DistinctRuns,
    IReadOnlyDictionary<string, int> RunsByStatus,
    IReadOnlyList<string> RunsNotDone,
    IReadOnlyList<string> InstancesNotReady)
{
    public int RecalculationsNotDone => RunsNotDone.Count;
}

/// <summary>
/// After the traffic: waits for the acknowledged runs to end, then checks in the database that every
/// acknowledged post is stored and every acknowledged run succeeded, and sends every acknowledged batch again,
/// which must insert nothing.
/// </summary>
public static class Verification
{
    private static readonly TimeSpan RunsDeadline = TimeSpan.FromMinutes(3);

    public static async Task<VerificationResult> RunAsync(
        string connectionString, SoakClient client, AdminSession admin, Acknowledgements acknowledgements,
        IReadOnlyList<ApiInstance> instances, CancellationToken cancellationToken)
    {
        var batches = acknowledgements.Batches.ToList();
        var recalculations = acknowledgements.Recalculations.ToList();
        var runIds = recalculations.Select(r => r.RunId).Distinct().ToArray();
        await using var db = NpgsqlDataSource.Create(connectionString);

        Console.WriteLine($"Waiting for the {runIds.Length} acknowledged runs to end (at most {RunsDeadline.TotalMinutes:0} minutes) ...");
        var waited = Stopwatch.StartNew();
        var statuses = await RunStatusesAsync(db, runIds, cancellationToken);
        while (statuses.Values.Any(s => s == "Running") && waited.Elapsed < RunsDeadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            statuses = await RunStatusesAsync(db, runIds, cancellationToken);
        }

        var notDone = runIds.Where(id => !statuses.TryGetValue(id, out var status) || status != "Succeeded")
            .Select(id => $"{id}: {(statuses.TryGetValue(id, out var status) ? status : "no such run")}").ToList();
        var byStatus = runIds.GroupBy(id => statuses.TryGetValue(id, out var status) ? status : "missing")
            .ToDictionary(g => g.Key, g => g.Count());

        Console.WriteLine($"Checking {batches.Sum(b => b.Items.Count)} acknowledged posts in the database ...");
        var stored = await StoredPostsAsync(db, cancellationToken);
        var missing = batches.Sum(b => b.Items.Count(p => !stored.Contains((b.InfluencerId, p.ExternalId))));

        Console.WriteLine($"Sending the {batches.Count} acknowledged batches again ...");
        var replay = await ReplayAsync(client, admin, batches, cancellationToken);

        var notReady = new List<string>();
        foreach (var instance in instances)
        {
            if (!await instance.IsReadyAsync())
            {
                notReady.Add(instance.Name);
            }
        }

        return new VerificationResult(batches.Count, batches.Sum(b => b.Items.Count), missing, batches.Count - replay.NotAcknowledged,
            replay.NotAcknowledged, replay.Inserted, replay.Updated, recalculations.Count, runIds.Length, byStatus, notDone, notReady);
    }

    private static async Task<Dictionary<Guid, string>> RunStatusesAsync(NpgsqlDataSource db, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("""SELECT "Id", "Status" FROM "MetricRuns" WHERE "Id" = ANY($1)""");
        command.Parameters.AddWithValue(ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var statuses = new Dictionary<Guid, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses[reader.GetGuid(0)] = reader.GetString(1);
        }

        return statuses;
    }

    private static async Task<HashSet<(Guid, string)>> StoredPostsAsync(NpgsqlDataSource db, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("""SELECT "InfluencerId", "ExternalId" FROM "Posts" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new HashSet<(Guid, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return stored;
    }

    /// <summary>Four senders over both instances; a batch not acknowledged is tried up to three times.</summary>
    private static async Task<(int NotAcknowledged, long Inserted, long Updated)> ReplayAsync(
        SoakClient client, AdminSession admin, List<AcknowledgedBatch> batches, CancellationToken cancellationToken)
    {
        var next = -1;
        long inserted = 0, updated = 0;
        var notAcknowledged = 0;
        var senders = Enumerable.Range(0, 4).Select(async sender =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count)
            {
                var batch = batches[index];
                var acknowledged = false;
                for (var attempt = 0; attempt < 3 && !acknowledged; attempt++)
                {
                    var token = await admin.TokenAsync(cancellationToken);
                    var answer = await client.PostAsync("replay", index, $"/api/influencers/{batch.InfluencerId}/posts", new { items = batch.Items }, token, cancellationToken);
                    if (answer.Is(HttpStatusCode.OK))
                    {
                        var json = answer.Json();
                        Interlocked.Add(ref inserted, json["inserted"]!.GetValue<long>());
                        Interlocked.Add(ref updated, json["updated"]!.GetValue<long>());
                        acknowledged = true;
                    }
                    else if (answer.Is(HttpStatusCode.Unauthorized))
                    {
                        admin.Forget();
                    }
                }

                if (!acknowledged)
                {
                    Interlocked.Increment(ref notAcknowledged);
                }
            }
        });
        await Task.WhenAll(senders);
        return (notAcknowledged, inserted, updated);
    }
}
