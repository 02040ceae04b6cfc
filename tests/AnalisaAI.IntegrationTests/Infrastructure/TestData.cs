using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>Influencers written straight to the database, for tests about what happens to them, not how they arrive.</summary>
public static class TestData
{
    public static Task<List<Guid>> AddInfluencersAsync(this ApiFactory factory, int count, Func<int, DateTime?>? updatedAt = null) =>
        factory.WithDbAsync(db => AddInfluencersAsync(db, factory.Time.GetUtcNow().UtcDateTime, count, updatedAt));

    /// <summary>Influencers with enough stored posts and audience for a successful run, written through <paramref name="db"/>.</summary>
    public static async Task<List<Guid>> AddInfluencersAsync(AppDbContext db, DateTime now, int count, Func<int, DateTime?>? updatedAt = null)
    {
        var influencers = Enumerable.Range(0, count).Select(i => new Influencer
        {
            Id = Guid.CreateVersion7(),
            Handle = $"creator{i:000}.{Guid.NewGuid():N}"[..24],
            NormalizedHandle = "",
            Platform = Platform.Instagram,
            Followers = 10_000 + (i * 100),
            Following = 300,
            CreatedAt = now,
            UpdatedAt = updatedAt?.Invoke(i),
            LastUpdateStatus = updatedAt?.Invoke(i) is null ? LatestRunStatus.Never : LatestRunStatus.Succeeded,
            Version = Guid.NewGuid(),
        }).ToList();
        foreach (var influencer in influencers)
        {
            influencer.NormalizedHandle = Influencer.Normalize(influencer.Handle);
            db.Posts.AddRange(Enumerable.Range(0, 4).Select(p => new Post
            {
                InfluencerId = influencer.Id,
                ExternalId = $"p{p}",
                PublishedAt = now.AddDays(-(p * 3) - 1),
                ContentType = ContentType.Image,
                Likes = 500 + (p * 10),
                Comments = 20,
                Reach = 4_000,
            }));
            db.AudienceSnapshots.AddRange(Enumerable.Range(0, 40).Select(d => new AudienceSnapshot
            {
                InfluencerId = influencer.Id,
                Date = DateOnly.FromDateTime(now).AddDays(-d),
                Followers = influencer.Followers!.Value - (d * 10),
                Lost = 3,
            }));
        }

        db.Influencers.AddRange(influencers);
        await db.SaveChangesAsync();
        return influencers.Select(i => i.Id).ToList();
    }

    public static Task<List<MetricRun>> RunsAsync(this ApiFactory factory) =>
        factory.WithDbAsync(db => Task.FromResult(db.MetricRuns.OrderBy(r => r.StartedAt).ToList()));

    /// <summary>Waits (bounded) until the condition holds; background work is asserted on, never timed.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Asks for a manual run as admin and waits until it is the influencer's latest result; returns that result.</summary>
    public static async Task<JsonNode> RecalculateAsync(HttpClient admin, Guid influencerId)
    {
        var accepted = await admin.PostAsync($"/api/influencers/{influencerId}/metrics/recalculate", null);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var runId = (await accepted.ReadJsonAsync())["runId"]!.GetValue<string>();
        var metrics = await EventuallyAsync(
            async () => await (await admin.GetAsync($"/api/influencers/{influencerId}/metrics")).ReadJsonAsync(),
            m => m["runId"]?.GetValue<string>() == runId);
        metrics["runId"]!.GetValue<string>().Should().Be(runId, "the recalculation should succeed");
        return metrics;
    }
}
