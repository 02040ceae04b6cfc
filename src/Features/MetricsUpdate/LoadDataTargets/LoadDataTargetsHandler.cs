using AnalisaAI.Api.Features.MetricsUpdate.Interest;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.LoadDataTargets;

/// <summary>One narrow query for the views, none when the caller is viewing them.</summary>
public sealed class LoadDataTargetsHandler(AppDbContext db, TimeProvider time, IOptions<MetricsUpdateOptions> options)
    : IQueryHandler<LoadDataTargetsQuery, LoadDataTargetsResult>
{
    public async ValueTask<LoadDataTargetsResult> Handle(LoadDataTargetsQuery query, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (query.Viewing || query.InfluencerIds.Count == 0)
        {
            return new LoadDataTargetsResult(query.InfluencerIds.Distinct().ToDictionary(id => id, _ => settings.HotTargetAge));
        }

        // The same rule as the freshness report's: viewed within the hot window means the hot target.
        var hotSince = time.GetUtcNow().UtcDateTime - MetricsUpdateOptions.HotWindow;
        var ids = query.InfluencerIds.ToArray();
        var targets = await db.Influencers.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, Hot = EF.Property<DateTime?>(i, ViewRecorder.LastViewedAtColumn) >= hotSince })
            .ToDictionaryAsync(i => i.Id, i => i.Hot ? settings.HotTargetAge : settings.TargetAge, cancellationToken);
        return new LoadDataTargetsResult(targets);
    }
}
