using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.ListPosts;

public sealed class ListPostsHandler(AppDbContext db, IPublisher publisher) : IQueryHandler<ListPostsQuery, ListPostsResponse>
{
    public async ValueTask<ListPostsResponse> Handle(ListPostsQuery query, CancellationToken cancellationToken)
    {
        var influencer = await db.Influencers.AsNoTracking()
            .Where(i => i.Id == query.InfluencerId)
            .Select(i => new { i.Followers })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Influencer", query.InfluencerId);

        // Reading the posts is looking at the influencer: interest the update weighs, like the profile.
        await publisher.Publish(new InfluencerViewed(query.InfluencerId), cancellationToken);

        var (page, pageSize) = query.Resolve();
        var posts = db.Posts.AsNoTracking().Where(p => p.InfluencerId == query.InfluencerId);
        var totalCount = await posts.CountAsync(cancellationToken);

        // Long arithmetic: a far page times the largest size does not fit an int.
        var skip = (long)(page - 1) * pageSize;
        var items = skip >= totalCount
            ? []
            : await posts.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.ExternalId)
                .Skip((int)skip).Take(pageSize)
                .ToListAsync(cancellationToken);
        return new ListPostsResponse(items.Select(p => PostEngagementResponse.From(p, influencer.Followers)).ToList(), page, pageSize, totalCount);
    }
}
