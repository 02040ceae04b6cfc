using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>
/// The window's posts P of one run, read once and shared by the stages that need them (engagement, signals): one
/// query where each stage would make its own. Scoped, and cleared when a calculation starts: a run that computes
/// again after a concurrent change reads the new data.
/// </summary>
public sealed class WindowPosts(AppDbContext db)
{
    private (Guid InfluencerId, DateTime CalculatedAt)? loadedFor;
    private IReadOnlyList<WindowPost> posts = [];

    public void Clear() => loadedFor = null;

    public async Task<IReadOnlyList<WindowPost>> LoadAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (loadedFor != (context.InfluencerId, context.CalculatedAt))
        {
            posts = await db.Posts.AsNoTracking()
                .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt > context.WindowStart && p.PublishedAt <= context.CalculatedAt)
                .Select(p => new WindowPost(
                    p.ExternalId, p.PublishedAt, p.ContentType, p.Likes, p.Comments, p.Shares, p.Saves, p.Reach, p.Views))
                .ToListAsync(cancellationToken);
            posts = [.. posts.Select(p => p with { PublishedAt = DateTime.SpecifyKind(p.PublishedAt, DateTimeKind.Utc) })];
            loadedFor = (context.InfluencerId, context.CalculatedAt);
        }

        return posts;
    }

    /// <summary>
    /// The newest publishedAt among all the influencer's posts on or before T, in the window or before it: the
    /// window's newest when it has posts, else one query.
    /// </summary>
    public async Task<DateTime?> LastPostAtAsync(StageContext context, CancellationToken cancellationToken)
    {
        var window = await LoadAsync(context, cancellationToken);
        if (window.Count > 0)
        {
            return window.Max(p => p.PublishedAt);
        }

        var newest = await db.Posts.AsNoTracking()
            .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt <= context.CalculatedAt)
            .MaxAsync(p => (DateTime?)p.PublishedAt, cancellationToken);
        return newest is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
    }
}
