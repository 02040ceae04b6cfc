using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed class ListMetricUpdatesHandler(AppDbContext db) : IQueryHandler<ListMetricUpdatesQuery, ListMetricUpdatesResponse>
{
    public async ValueTask<ListMetricUpdatesResponse> Handle(ListMetricUpdatesQuery query, CancellationToken cancellationToken)
    {
        var runs = db.MetricRuns.AsNoTracking();
        if (query.InfluencerId is { } influencerId)
        {
            runs = runs.Where(r => r.InfluencerId == influencerId);
        }

        var items = await runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(query.Limit ?? ListMetricUpdatesQuery.DefaultLimit)
            .Select(r => new ListMetricUpdatesItem(r.Id, r.InfluencerId, r.Trigger, r.Status, r.StartedAt, r.FinishedAt, r.FailedStage, r.Error, r.ProfileNote))
            .ToListAsync(cancellationToken);
        return new ListMetricUpdatesResponse(items);
    }
}
