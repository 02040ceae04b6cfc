using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Interest;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>How fresh the catalogue is now: one narrow read of every influencer's update columns, then <see cref="FreshnessCalculator"/>.</summary>
public sealed class FreshnessReader(AppDbContext db, TimeProvider time, IOptions<MetricsUpdateOptions> options, IOptions<SocialDataOptions> social)
{
    public async Task<CatalogueFreshness> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Influencers.AsNoTracking()
            .Select(i => new FreshnessRow(
                i.UpdatedAt,
                i.DataAsOf,
                EF.Property<DateTime?>(i, ViewRecorder.LastViewedAtColumn),
                (EF.Property<DateTime?>(i, ClaimStore.ClaimedUntilColumn) == null || EF.Property<DateTime?>(i, ClaimStore.ClaimedUntilColumn) <= now)
                    && (EF.Property<DateTime?>(i, Backoff.RetryNotBeforeColumn) == null || EF.Property<DateTime?>(i, Backoff.RetryNotBeforeColumn) <= now)))
            .ToListAsync(cancellationToken);
        return FreshnessCalculator.Calculate(rows, now, options.Value, byData: social.Value.Source != SocialDataSourceKind.Stored);
    }
}
