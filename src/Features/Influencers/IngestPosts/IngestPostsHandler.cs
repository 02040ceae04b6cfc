using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.IngestPosts;

/// <summary>
/// Upserts by (influencer, externalId): the batch's stored rows come back in a few IN-list queries, new rows
/// are added, changed rows modified, and everything is saved at once.
/// </summary>
public sealed class IngestPostsHandler(AppDbContext db) : ICommandHandler<IngestPostsCommand, IngestionResponse>
{
    public async ValueTask<IngestionResponse> Handle(IngestPostsCommand command, CancellationToken cancellationToken)
    {
        var influencerId = command.InfluencerId;
        await IngestionStore.EnsureInfluencerExistsAsync(db, influencerId, cancellationToken);

        var items = command.Items!;
        var stored = new Dictionary<string, Post>(items.Count, StringComparer.Ordinal);
        foreach (var keys in items.Select(i => i.ExternalId!).Chunk(IngestionRules.KeysPerQuery))
        {
            foreach (var post in await db.Posts
                         .Where(p => p.InfluencerId == influencerId && keys.Contains(p.ExternalId))
                         .ToListAsync(cancellationToken))
            {
                stored[post.ExternalId] = post;
            }
        }

        int inserted = 0, updated = 0;
        foreach (var item in items)
        {
            if (stored.TryGetValue(item.ExternalId!, out var post))
            {
                updated += Apply(post, item) ? 1 : 0;
            }
            else
            {
                post = new Post { InfluencerId = influencerId, ExternalId = item.ExternalId! };
                Apply(post, item);
                db.Posts.Add(post);
                inserted++;
            }
        }

        await IngestionStore.SaveAndTouchInfluencerAsync(db, influencerId, cancellationToken);
        return new IngestionResponse(items.Count, inserted, updated);
    }

    /// <summary>Copies the item onto the row; true when any stored value changes.</summary>
    private static bool Apply(Post post, IngestPostsItem item)
    {
        var publishedAt = item.PublishedAt!.Value.UtcDateTime;
        var contentType = ApiEnum.Parse<ContentType>(item.ContentType);
        if (post.PublishedAt == publishedAt && post.ContentType == contentType
            && post.Likes == item.Likes && post.Comments == item.Comments && post.Shares == item.Shares
            && post.Saves == item.Saves && post.Views == item.Views && post.Reach == item.Reach
            && post.Impressions == item.Impressions)
        {
            return false;
        }

        post.PublishedAt = publishedAt;
        post.ContentType = contentType;
        post.Likes = item.Likes!.Value;
        post.Comments = item.Comments!.Value;
        post.Shares = item.Shares;
        post.Saves = item.Saves;
        post.Views = item.Views;
        post.Reach = item.Reach;
        post.Impressions = item.Impressions;
        return true;
    }
}
