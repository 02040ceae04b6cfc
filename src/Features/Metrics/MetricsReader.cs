using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>Reads stored runs back as <see cref="MetricsResponse"/>: one query per stage table and one of the run log, whatever the number of runs.</summary>
public static class MetricsReader
{
    public static async Task<IReadOnlyDictionary<Guid, MetricsResponse>> LoadRunsAsync(
        AppDbContext db, IReadOnlyCollection<Guid> runIds, CancellationToken cancellationToken)
    {
        if (runIds.Count == 0)
        {
            return new Dictionary<Guid, MetricsResponse>();
        }

        var engagement = await LoadAsync<EngagementResult>(db, runIds, cancellationToken);
        var reach = await LoadAsync<ReachResult>(db, runIds, cancellationToken);
        var growth = await LoadAsync<GrowthResult>(db, runIds, cancellationToken);
        var relevance = await LoadAsync<RelevanceResult>(db, runIds, cancellationToken);
        var benchmark = await LoadAsync<BenchmarkResult>(db, runIds, cancellationToken);
        var signals = await LoadAsync<SignalsResult>(db, runIds, cancellationToken);
        var dataAsOf = await db.MetricRuns.AsNoTracking()
            .Where(r => runIds.Contains(r.Id))
            .Select(r => new { r.Id, r.DataAsOf })
            .ToDictionaryAsync(r => r.Id, r => r.DataAsOf, cancellationToken);

        // A run's results are committed together, so a run has all of them or none; a run stored before a
        // stage existed has no result of it, and reads back with null there.
        return relevance.Values.ToDictionary(r => r.RunId, r => new MetricsResponse(
            r.RunId,
            r.CalculatedAt,
            dataAsOf.GetValueOrDefault(r.RunId),
            engagement[r.RunId].Metrics,
            reach[r.RunId].Metrics,
            growth[r.RunId].Metrics,
            r.Metrics,
            benchmark.GetValueOrDefault(r.RunId)?.Metrics,
            signals.GetValueOrDefault(r.RunId)?.Metrics));
    }

    /// <summary>The current metrics of each influencer that has had a successful run.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MetricsResponse>> LoadLatestAsync(
        AppDbContext db, IReadOnlyCollection<Guid> influencerIds, CancellationToken cancellationToken)
    {
        var latest = await db.Influencers.AsNoTracking()
            .Where(i => influencerIds.Contains(i.Id) && i.LatestRunId != null)
            .Select(i => new { i.Id, RunId = i.LatestRunId!.Value })
            .ToListAsync(cancellationToken);
        var runs = await LoadRunsAsync(db, latest.Select(l => l.RunId).ToArray(), cancellationToken);
        return latest.Where(l => runs.ContainsKey(l.RunId)).ToDictionary(l => l.Id, l => runs[l.RunId]);
    }

    private static Task<Dictionary<Guid, TResult>> LoadAsync<TResult>(
        AppDbContext db, IReadOnlyCollection<Guid> runIds, CancellationToken cancellationToken)
        where TResult : StageResult =>
        db.Set<TResult>().AsNoTracking().Where(r => runIds.Contains(r.RunId)).ToDictionaryAsync(r => r.RunId, cancellationToken);
}
