using AnalisaAI.Api.Features.Metrics.LoadLatestMetrics;
using AnalisaAI.Api.Features.MetricsUpdate.LoadDataTargets;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>
/// Builds responses for a set of influencers with a fixed number of queries (categories in one, metrics
/// asked of the Metrics feature in one query per table, data targets asked of the update in at most one),
/// however many influencers there are: no query per influencer. <c>viewing</c> says a user is looking at them
/// now, which gives them the target of a viewed influencer.
/// </summary>
public static class InfluencerResponses
{
    public static async Task<IReadOnlyList<InfluencerResponse>> LoadAsync(
        AppDbContext db, ISender sender, IReadOnlyList<Influencer> influencers, bool viewing, CancellationToken cancellationToken)
    {
        if (influencers.Count == 0)
        {
            return [];
        }

        var ids = influencers.Select(i => i.Id).ToArray();
        var categories = (await db.Influencers.AsNoTracking()
                .Where(i => ids.Contains(i.Id))
                .SelectMany(i => i.Categories, (i, c) => new { InfluencerId = i.Id, c.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.InfluencerId, c => c.Name);
        var metrics = (await sender.Send(new LoadLatestMetricsQuery(ids), cancellationToken)).ByInfluencer;
        var targets = (await sender.Send(new LoadDataTargetsQuery(ids, viewing), cancellationToken)).ByInfluencer;

        return influencers
            .Select(i => InfluencerResponse.From(
                i,
                categories[i.Id].Order(StringComparer.Ordinal).ToArray(),
                metrics.GetValueOrDefault(i.Id),
                targets[i.Id]))
            .ToArray();
    }

    public static async Task<InfluencerResponse> LoadAsync(
        AppDbContext db, ISender sender, Influencer influencer, bool viewing, CancellationToken cancellationToken) =>
        (await LoadAsync(db, sender, [influencer], viewing, cancellationToken))[0];
}
