using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>Reads what the part-2 rules need of the window's posts P, and the newest post on or before T.</summary>
public static class WindowPosts
{
    public static async Task<IReadOnlyList<SamplePost>> LoadAsync(AppDbContext db, StageContext context, CancellationToken cancellationToken)
    {
        var rows = await db.Posts.AsNoTracking()
            .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt > context.WindowStart && p.PublishedAt <= context.CalculatedAt)
            .Select(p => new { p.ExternalId, p.PublishedAt, p.ContentType, p.Likes, p.Comments, p.Views })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(p => new SamplePost(
            p.ExternalId,
            DateTime.SpecifyKind(p.PublishedAt, DateTimeKind.Utc),
            p.ContentType is Influencers.ContentType.Video or Influencers.ContentType.Reel or Influencers.ContentType.Short,
            p.Likes,
            p.Comments,
            p.Views));
    }

    /// <summary>The newest publishedAt among all the influencer's posts on or before T, in the window or before it.</summary>
    public static Task<DateTime?> LastPostAtAsync(AppDbContext db, StageContext context, CancellationToken cancellationToken) =>
        db.Posts.AsNoTracking()
            .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt <= context.CalculatedAt)
            .MaxAsync(p => (DateTime?)p.PublishedAt, cancellationToken);
}
