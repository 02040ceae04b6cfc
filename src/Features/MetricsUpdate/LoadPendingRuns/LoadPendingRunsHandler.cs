using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.LoadPendingRuns;

/// <summary>
/// One query, over the ids asked: a live claim (an influencer claimed for a login, refresh or sweep is queued until
/// its run starts, and the run's end releases the claim; an expired claim is a run that died) or a running row in
/// the run log (a manual run waits there as running with no instance, and every run is recorded as running while
/// it runs), the latter an index seek on (InfluencerId, Status).
/// </summary>
public sealed class LoadPendingRunsHandler(AppDbContext db, TimeProvider time) : IQueryHandler<LoadPendingRunsQuery, LoadPendingRunsResult>
{
    public async ValueTask<LoadPendingRunsResult> Handle(LoadPendingRunsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.InfluencerIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new LoadPendingRunsResult(new HashSet<Guid>());
        }

        var now = time.GetUtcNow().UtcDateTime;
        var pending = await db.Influencers.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Where(i => EF.Property<DateTime?>(i, ClaimStore.ClaimedUntilColumn) > now
                || db.MetricRuns.Any(r => r.InfluencerId == i.Id && r.Status == RunStatus.Running))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        return new LoadPendingRunsResult(pending.ToHashSet());
    }
}
