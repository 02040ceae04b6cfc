using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.GetMetricsHistory;

public sealed class GetMetricsHistoryHandler(AppDbContext db, IPublisher publisher) : IQueryHandler<GetMetricsHistoryQuery, MetricsHistoryResponse>
{
    public async ValueTask<MetricsHistoryResponse> Handle(GetMetricsHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == query.InfluencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", query.InfluencerId);
        }

        await publisher.Publish(new InfluencerViewed(query.InfluencerId), cancellationToken);

        var runs = db.MetricRuns.AsNoTracking()
            .Where(r => r.InfluencerId == query.InfluencerId && r.Status == RunStatus.Succeeded);
        if (query.From is { } from)
        {
            var fromUtc = from.UtcDateTime;
            runs = runs.Where(r => r.CalculatedAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.UtcDateTime;
            runs = runs.Where(r => r.CalculatedAt <= toUtc);
        }

        var runIds = await runs.OrderByDescending(r => r.CalculatedAt).ThenByDescending(r => r.Id)
            .Take(query.Limit ?? GetMetricsHistoryQuery.DefaultLimit)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var results = await MetricsReader.LoadRunsAsync(db, runIds, cancellationToken);
        return new MetricsHistoryResponse(runIds.Where(results.ContainsKey).Select(id => results[id]).ToList());
    }
}
