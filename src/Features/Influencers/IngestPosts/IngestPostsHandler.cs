using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.IngestPosts;

/// <summary>Upserts the batch's posts by (influencer, externalId), all or nothing.</summary>
public sealed class IngestPostsHandler(AppDbContext db, TimeProvider time) : ICommandHandler<IngestPostsCommand, IngestionResponse>
{
    public async ValueTask<IngestionResponse> Handle(IngestPostsCommand command, CancellationToken cancellationToken) =>
        await IngestionStore.UpsertByExternalIdAsync<Post, IngestPostsItem>(
            db,
            command.InfluencerId,
            command.Items!,
            item => item.ExternalId!,
            externalId => new Post { InfluencerId = command.InfluencerId, ExternalId = externalId },
            Apply,
            time.GetUtcNow().UtcDateTime,
            cancellationToken);

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
