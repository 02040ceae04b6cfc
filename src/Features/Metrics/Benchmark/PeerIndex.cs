using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// Every influencer's current benchmark values, per (platform, tier), sorted, in this instance's memory. Before each
/// rank it reads the entries written since it last looked (<see cref="BenchmarkEntry.Sequence"/>, numbered in commit
/// order by <see cref="BenchmarkFeed"/>), so it holds exactly the results committed when the stage reads it, whichever
/// instance committed them. The first read loads the whole table; after that a run reads the few entries other runs
/// wrote, and ranks with binary searches: its cost does not grow with the catalogue (ADR 0012).
/// </summary>
public sealed class PeerIndex : IDisposable
{
    private static readonly Guid LastGuid = new("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<Guid, PeerEntry> entries = [];
    private readonly Dictionary<(string Platform, string Tier), PeerGroup> groups = [];
    private readonly Dictionary<string, SortedSet<(DateTime CalculatedAt, Guid InfluencerId)>> byInstant = [];
    private long read = -1;

    public void Dispose() => gate.Dispose();

    public async Task<(PeerRank Engagement, PeerRank Growth)> RankAsync(AppDbContext db, PeerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(db, cancellationToken);
            var group = groups.GetValueOrDefault((query.Platform, query.Tier));

            // Out of the group: the influencer's own value, and the current values of peers whose newest result is
            // after T; in: those peers' results as of T (rare: a concurrent run, another node's clock).
            var removed = new List<PeerValues>();
            var added = new List<PeerValues>();
            if (entries.GetValueOrDefault(query.InfluencerId) is { } self && self.Platform == query.Platform && self.Current.Tier == query.Tier)
            {
                removed.Add(self.Current);
            }

            foreach (var peer in Later(query))
            {
                if (peer.Current.Tier == query.Tier)
                {
                    removed.Add(peer.Current);
                }

                var (known, asOf) = peer.AsOf(query.CalculatedAt);
                if (!known)
                {
                    asOf = await PeerHistory.AsOfAsync(db, peer.InfluencerId, query.CalculatedAt, cancellationToken);
                }

                if (asOf is not null && asOf.Tier == query.Tier)
                {
                    added.Add(asOf);
                }
            }

            return (
                PeerRanking.Rank(group?.Engagement, Known(removed, v => v.EngagementRatePublic), Known(added, v => v.EngagementRatePublic), query.EngagementRatePublic),
                PeerRanking.Rank(group?.Growth, Known(removed, v => v.GrowthRate30), Known(added, v => v.GrowthRate30), query.GrowthRate30));
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task CatchUpAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var written = await db.Set<BenchmarkEntry>().AsNoTracking()
            .Where(e => e.Sequence > read)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        foreach (var entry in written)
        {
            if (entries.Remove(entry.InfluencerId, out var old))
            {
                Detach(old);
            }

            if (!entry.Deleted)
            {
                var peer = PeerEntry.Of(entry);
                entries[entry.InfluencerId] = peer;
                Attach(peer);
            }

            read = Math.Max(read, entry.Sequence);
        }
    }

    /// <summary>The other influencers of the platform whose newest result is after T.</summary>
    private List<PeerEntry> Later(PeerQuery query) =>
        byInstant.TryGetValue(query.Platform, out var instants) && instants.Count > 0 && instants.Max.CalculatedAt > query.CalculatedAt
            ? [.. instants.GetViewBetween((query.CalculatedAt.AddTicks(1), Guid.Empty), (DateTime.MaxValue, LastGuid))
                .Where(p => p.InfluencerId != query.InfluencerId)
                .Select(p => entries[p.InfluencerId])]
            : [];

    private void Attach(PeerEntry peer)
    {
        if (!byInstant.TryGetValue(peer.Platform, out var instants))
        {
            byInstant[peer.Platform] = instants = [];
        }

        instants.Add((peer.Current.CalculatedAt, peer.InfluencerId));
        if (peer.Current.Tier is not { } tier)
        {
            return;
        }

        if (!groups.TryGetValue((peer.Platform, tier), out var group))
        {
            groups[(peer.Platform, tier)] = group = new PeerGroup();
        }

        if (peer.Current.EngagementRatePublic is { } er)
        {
            group.Engagement.Add(er);
        }

        if (peer.Current.GrowthRate30 is { } growth)
        {
            group.Growth.Add(growth);
        }
    }

    private void Detach(PeerEntry peer)
    {
        byInstant[peer.Platform].Remove((peer.Current.CalculatedAt, peer.InfluencerId));
        if (peer.Current.Tier is { } tier && groups.TryGetValue((peer.Platform, tier), out var group))
        {
            if (peer.Current.EngagementRatePublic is { } er)
            {
                group.Engagement.Remove(er);
            }

            if (peer.Current.GrowthRate30 is { } growth)
            {
                group.Growth.Remove(growth);
            }
        }
    }

    private static double[] Known(List<PeerValues> results, Func<PeerValues, double?> metric) =>
        [.. results.Select(metric).OfType<double>()];
}
