using System.Net;

namespace AnalisaAI.Soak;

/// <summary>
/// The admin's writes, each on a half-second beat and alternating between the instances: a batch of
/// <see cref="BatchSize"/> new posts for the next influencer in turn, and a recalculation of another. A batch that
/// was not acknowledged is sent again at the next beat (as a client should, ingestion being an upsert), before
/// any new one; only acknowledged writes are recorded.
/// </summary>
public sealed class AdminTraffic(SoakClient client, AdminSession admin, IReadOnlyList<Guid> influencers, Acknowledgements acknowledgements)
{
    public const int BatchSize = 20;
    private static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(500);
    private static readonly string[] ContentTypes = ["image", "video", "carousel", "reel"];

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(IngestAsync(cancellationToken), RecalculateAsync(cancellationToken));

    private async Task IngestAsync(CancellationToken cancellationToken)
    {
        var random = new Random(7);
        var number = 0;
        (Guid InfluencerId, PostItem[] Items)? pending = null;
        await OnBeatAsync(async () =>
        {
            if (pending is null)
            {
                var influencer = influencers[number % influencers.Count];
                // Whole seconds: PostgreSQL keeps microseconds, so a finer instant would come back "updated" on a re-send.
                var now = DateTime.UnixEpoch.AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
                var items = Enumerable.Range(0, BatchSize).Select(j => new PostItem(
                    $"soak-{number}-{j}", now.AddMinutes(-random.Next(1, 29 * 24 * 60)), ContentTypes[random.Next(ContentTypes.Length)],
                    random.Next(500, 5_000), random.Next(10, 300), random.Next(0, 100), random.Next(0, 100), random.Next(5_000, 40_000),
                    random.Next(6_000, 60_000))).ToArray();
                pending = (influencer, items);
                number++;
            }

            var token = await admin.TokenAsync(cancellationToken);
            if (token is null)
            {
                return;
            }

            var (id, batch) = pending.Value;
            var answer = await client.PostAsync("ingest", number, $"/api/influencers/{id}/posts", new { items = batch }, token, cancellationToken);
            if (answer.Is(HttpStatusCode.OK))
            {
                acknowledgements.Batches.Enqueue(new AcknowledgedBatch(id, batch));
                pending = null;
            }
            else if (answer.Is(HttpStatusCode.Unauthorized))
            {
                admin.Forget();
            }
        }, cancellationToken);
    }

    private async Task RecalculateAsync(CancellationToken cancellationToken)
    {
        var number = 0;
        await OnBeatAsync(async () =>
        {
            var token = await admin.TokenAsync(cancellationToken);
            if (token is null)
            {
                return;
            }

            // Another stride than ingestion's, so the two meet on every influencer over time.
            var id = influencers[(number * 7) % influencers.Count];
            var answer = await client.PostAsync("recalculate", number + 1, $"/api/influencers/{id}/metrics/recalculate", token, cancellationToken);
            number++;
            if (answer.Is(HttpStatusCode.Accepted))
            {
                acknowledgements.Recalculations.Enqueue(new AcknowledgedRecalculation(id, answer.Json()["runId"]!.GetValue<Guid>(), DateTime.UtcNow));
            }
            else if (answer.Is(HttpStatusCode.Unauthorized))
            {
                admin.Forget();
            }
        }, cancellationToken);
    }

    private static async Task OnBeatAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Beat);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await action();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The soak's traffic is over.
        }
    }
}
