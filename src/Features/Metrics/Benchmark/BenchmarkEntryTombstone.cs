using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// A deleted influencer is no one's peer: in the deletion's transaction its entry becomes a tombstone with the
/// feed's next number, so every instance's <see cref="PeerIndex"/> drops it at its next read.
/// </summary>
public sealed class BenchmarkEntryTombstone(AppDbContext db) : INotificationHandler<InfluencerDeleting>
{
    public async ValueTask Handle(InfluencerDeleting notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var entry = db.Set<BenchmarkEntry>().Where(e => e.InfluencerId == notification.InfluencerId && !e.Deleted);
        if (!await entry.AnyAsync(cancellationToken))
        {
            return;
        }

        var sequence = await BenchmarkFeed.NextAsync(db, cancellationToken);
        await entry.ExecuteUpdateAsync(
            set => set.SetProperty(e => e.Deleted, true)
                .SetProperty(e => e.Sequence, sequence)
                .SetProperty(e => e.Tier, (string?)null)
                .SetProperty(e => e.EngagementRatePublic, (double?)null)
                .SetProperty(e => e.GrowthRate30, (double?)null)
                .SetProperty(e => e.PreviousRunId, (Guid?)null)
                .SetProperty(e => e.PreviousCalculatedAt, (DateTime?)null)
                .SetProperty(e => e.PreviousTier, (string?)null)
                .SetProperty(e => e.PreviousEngagementRatePublic, (double?)null)
                .SetProperty(e => e.PreviousGrowthRate30, (double?)null),
            cancellationToken);
    }
}
