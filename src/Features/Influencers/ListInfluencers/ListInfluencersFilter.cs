using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// The listing's filters and orders over the influencer rows, shared by the JSON page and the CSV export so that
/// both list exactly the same influencers in the same order. Takes values the validator has accepted.
/// </summary>
public static class ListInfluencersFilter
{
    private const string LikeEscape = "\\";

    public static IQueryable<Influencer> Apply(IQueryable<Influencer> influencers, ListInfluencersQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (ApiEnum.TryParse<Platform>(query.Platform, out var platform))
        {
            influencers = influencers.Where(i => i.Platform == platform);
        }

        if (query.Category is not null)
        {
            var category = InfluencerRules.NormalizeCategory(query.Category);
            influencers = influencers.Where(i => i.Categories.Any(c => c.Name == category));
        }

        if (ListInfluencersValidator.TryParseRelevance(query.MinRelevance, out var minRelevance))
        {
            influencers = influencers.Where(i => i.RelevanceOverall >= minRelevance);
        }

        if (query.Tier is not null)
        {
            var tier = query.Tier.Trim();
            influencers = influencers.Where(i => i.FollowerTier == tier);
        }

        if (ListInfluencersValidator.TryParsePercentile(query.MinErPercentile, out var minErPercentile))
        {
            influencers = influencers.Where(i => i.ErPercentile >= minErPercentile);
        }

        if (query.Flag is not null)
        {
            var flag = Influencer.FlagPattern(query.Flag.Trim());
            influencers = influencers.Where(i => i.RaisedFlags != null && i.RaisedFlags.Contains(flag));
        }

        if (bool.TryParse(query.NoFlags, out var noFlags))
        {
            // Unknown (no signals yet) is neither: only influencers whose latest run raised no flag, or raised some.
            influencers = noFlags ? influencers.Where(i => i.RaisedFlags == "") : influencers.Where(i => i.RaisedFlags != null && i.RaisedFlags != "");
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Handles are stored lower-cased; LIKE ignores case on both providers (ASCII on SQLite).
            var term = query.Search.Trim();
            var handleTerm = term.TrimStart('@').ToLowerInvariant();
            var pattern = $"%{EscapeLike(term)}%";
            influencers = influencers.Where(i =>
                i.NormalizedHandle.Contains(handleTerm) || (i.DisplayName != null && EF.Functions.Like(i.DisplayName, pattern, LikeEscape)));
        }

        return influencers;
    }

    // A missing relevance, update time, data age or percentile is the lowest value on SQLite and SQL Server: first ascending,
    // last descending. Data age sorts on the (DataAsOf, Id) index.
    public static IOrderedQueryable<Influencer> Order(IQueryable<Influencer> influencers, ListInfluencersSort sort) => sort switch
    {
        ListInfluencersSort.Relevance => influencers.OrderBy(i => i.RelevanceOverall).ThenBy(i => i.Id),
        ListInfluencersSort.RelevanceDescending => influencers.OrderByDescending(i => i.RelevanceOverall).ThenBy(i => i.Id),
        ListInfluencersSort.UpdatedAt => influencers.OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id),
        ListInfluencersSort.UpdatedAtDescending => influencers.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id),
        ListInfluencersSort.DataAsOf => influencers.OrderBy(i => i.DataAsOf).ThenBy(i => i.Id),
        ListInfluencersSort.DataAsOfDescending => influencers.OrderByDescending(i => i.DataAsOf).ThenBy(i => i.Id),
        ListInfluencersSort.ErPercentile => influencers.OrderBy(i => i.ErPercentile).ThenBy(i => i.Id),
        ListInfluencersSort.ErPercentileDescending => influencers.OrderByDescending(i => i.ErPercentile).ThenBy(i => i.Id),
        _ => influencers.OrderBy(i => i.NormalizedHandle).ThenBy(i => i.Id),
    };

    private static string EscapeLike(string value) =>
        value.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal);
}
