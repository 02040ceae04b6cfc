using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// How fresh the catalogue is, for the gauges: influencers due (never updated, or older than MinAge, and neither
/// claimed nor backing off) and the age of the oldest metrics. Synchronous, because gauge callbacks are.
/// </summary>
public sealed class CatalogueFreshnessReader(AppDbContext db, TimeProvider time, IOptions<MetricsUpdateOptions> options)
{
    public CatalogueFreshness Read()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var staleBefore = now - options.Value.MinAge;
        var influencers = db.Influencers.AsNoTracking();
        var due = influencers.Count(i => (i.UpdatedAt == null || i.UpdatedAt <= staleBefore)
            && (EF.Property<DateTime?>(i, nameof(InfluencerUpdateState.ClaimedUntil)) == null
                || EF.Property<DateTime?>(i, nameof(InfluencerUpdateState.ClaimedUntil)) <= now)
            && (EF.Property<DateTime?>(i, nameof(InfluencerUpdateState.RetryNotBefore)) == null
                || EF.Property<DateTime?>(i, nameof(InfluencerUpdateState.RetryNotBefore)) <= now));
        var oldest = influencers.Where(i => i.UpdatedAt != null).Min(i => i.UpdatedAt);
        return new CatalogueFreshness(due, oldest is { } updatedAt ? Math.Max(0, (now - updatedAt).TotalSeconds) : null);
    }
}
