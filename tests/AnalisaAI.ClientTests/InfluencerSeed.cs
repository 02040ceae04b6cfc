using AnalisaAI.Client;
using AnalisaAI.Client.Models.Influencers;
using AnalisaAI.Client.Models.Influencers.CreateInfluencer;
using AnalisaAI.Client.Models.Influencers.IngestAudienceSnapshots;
using AnalisaAI.Client.Models.Influencers.IngestPosts;
using AnalisaAI.Client.Models.Metrics;
using AnalisaAI.Client.Models.Microsoft.AspNetCore.Mvc;
using Microsoft.Kiota.Abstractions;

namespace AnalisaAI.ClientTests;

/// <summary>Data set up as an admin's integration would: through the generated client, never the database.</summary>
public static class InfluencerSeed
{
    public const int PostCount = 4;
    public const int SnapshotDays = 40;

    /// <summary>Likes of post <c>p</c> (0 = newest); every post has <see cref="CommentsPerPost"/> comments.</summary>
    public static long LikesOf(int post) => 500 + (post * 10);

    public const long CommentsPerPost = 20;

    public static async Task<InfluencerResponse> CreateAsync(
        AnalisaAIClient admin, string handle, CreateInfluencerCommand_platform platform, long followers) =>
        (await admin.Api.Influencers.PostAsync(new CreateInfluencerCommand
        {
            Handle = handle,
            Platform = platform,
            DisplayName = handle,
            Followers = followers,
            Following = 300,
        }))!;

    /// <summary>Posts every third day and daily audience snapshots up to today: enough for every metric group.</summary>
    public static async Task IngestActivityAsync(AnalisaAIClient admin, Guid influencerId, long followers)
    {
        var now = DateTimeOffset.UtcNow;
        var influencer = admin.Api.Influencers[influencerId];
        var posts = await influencer.Posts.PostAsync(new IngestPostsCommand
        {
            Items = [.. Enumerable.Range(0, PostCount).Select(p => new IngestPostsItem
            {
                ExternalId = $"post-{p}",
                PublishedAt = now.AddDays(-(p * 3) - 1),
                ContentType = IngestPostsItem_contentType.Image,
                Likes = LikesOf(p),
                Comments = CommentsPerPost,
                Reach = 4_000,
            })],
        });
        posts!.Inserted.Should().Be(PostCount);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var snapshots = await influencer.AudienceSnapshots.PostAsync(new IngestAudienceSnapshotsCommand
        {
            Items = [.. Enumerable.Range(0, SnapshotDays).Select(d => new IngestAudienceSnapshotsItem
            {
                Date = new Date(today.AddDays(-d).ToDateTime(TimeOnly.MinValue)),
                Followers = followers - (d * 10),
                Lost = 3,
            })],
        });
        snapshots!.Inserted.Should().Be(SnapshotDays);
    }

    /// <summary>Asks for a manual run and waits (bounded) until it is the influencer's latest result.</summary>
    public static async Task<MetricsResponse> RecalculateAsync(AnalisaAIClient admin, Guid influencerId)
    {
        var metrics = admin.Api.Influencers[influencerId].Metrics;
        var accepted = await metrics.Recalculate.PostAsync();
        accepted!.InfluencerId.Should().Be(influencerId);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                var latest = await metrics.GetAsync();
                if (latest!.RunId == accepted.RunId)
                {
                    return latest;
                }
            }
            catch (ProblemDetails problem) when (problem.ResponseStatusCode == 404)
            {
                // No result yet: the run is still going.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Run {accepted.RunId} of influencer {influencerId} did not become its latest result in 30 s.");
            }

            await Task.Delay(50);
        }
    }
}
