using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Metrics.LoadLatestMetrics;

public sealed class LoadLatestMetricsHandler(AppDbContext db) : IQueryHandler<LoadLatestMetricsQuery, LoadLatestMetricsResult>
{
    public async ValueTask<LoadLatestMetricsResult> Handle(LoadLatestMetricsQuery query, CancellationToken cancellationToken) =>
        new(await MetricsReader.LoadLatestAsync(db, query.InfluencerIds, cancellationToken));
}
