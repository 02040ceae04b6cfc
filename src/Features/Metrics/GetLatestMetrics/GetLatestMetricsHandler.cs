using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.GetLatestMetrics;

public sealed class GetLatestMetricsHandler(AppDbContext db, IPublisher publisher) : IQueryHandler<GetLatestMetricsQuery, MetricsResponse>
{
    public async ValueTask<MetricsResponse> Handle(GetLatestMetricsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == query.InfluencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", query.InfluencerId);
        }

        await publisher.Publish(new InfluencerViewed(query.InfluencerId), cancellationToken);

        var latest = await MetricsReader.LoadLatestAsync(db, [query.InfluencerId], cancellationToken);
        return latest.TryGetValue(query.InfluencerId, out var metrics)
            ? metrics
            : throw new NotFoundException($"Influencer {query.InfluencerId} has no metrics yet: no recalculation has succeeded.");
    }
}
