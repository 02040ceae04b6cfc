using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.LoadPendingRuns;

/// <summary>
/// One query: the run log's running rows (a manual run waits there as running with no instance, and every run
/// is recorded as running while it runs) and the live claims (an influencer claimed for a login, refresh or sweep
/// is queued until its run starts; the run's end releases the claim). An expired claim is a run that died: not pending.
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
        var running = db.MetricRuns.AsNoTracking()
            .Where(r => r.Status == RunStatus.Running && ids.Contains(r.InfluencerId))
            .Select(r => r.InfluencerId);
        var claimed = db.Influencers.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && EF.Property<DateTime?>(i, ClaimStore.ClaimedUntilColumn) > now)
            .Select(i => i.Id);
        return new LoadPendingRunsResult((await running.Union(claimed).ToListAsync(cancellationToken)).ToHashSet());
    }
}
