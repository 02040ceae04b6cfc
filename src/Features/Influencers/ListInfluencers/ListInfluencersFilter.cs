using AnalisaAI.Api.Infrastructure.Persistence;
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

        // A range leaves out the rows whose value is unknown (null fails every comparison).
        if (ListInfluencersValidator.TryParseFollowers(query.MinFollowers, out var minFollowers))
        {
            influencers = influencers.Where(i => i.Followers >= minFollowers);
        }

        if (ListInfluencersValidator.TryParseFollowers(query.MaxFollowers, out var maxFollowers))
        {
            influencers = influencers.Where(i => i.Followers <= maxFollowers);
        }

        if (ListInfluencersValidator.TryParseRate(query.MinEngagementRate, out var minEngagementRate))
        {
            influencers = influencers.Where(i => i.EngagementRate >= minEngagementRate);
        }

        if (ListInfluencersValidator.TryParseRate(query.MaxEngagementRate, out var maxEngagementRate))
        {
            influencers = influencers.Where(i => i.EngagementRate <= maxEngagementRate);
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

    /// <summary>The order the query asks for: its <c>sort</c> (default <c>-relevance</c>) and <c>lowConfidenceLast</c> (default true).</summary>
    public static IOrderedQueryable<Influencer> Order(IQueryable<Influencer> influencers, ListInfluencersQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Order(influencers, ListInfluencersSorts.Parse(query.Sort), LowConfidenceLast(query));
    }

    /// <summary>
    /// A missing value (relevance, update time, data age, engagement rate, followers, growth, percentile) is the
    /// lowest on every provider: first ascending, last descending (<see cref="NullsLowest"/>). Under the relevance
    /// sorts, with <paramref name="lowConfidenceLast"/>, rows with fewer than 3 known components come after the
    /// others in either direction: a score that is mostly estimated says little, high or low. Ties go by id.
    /// </summary>
    public static IOrderedQueryable<Influencer> Order(IQueryable<Influencer> influencers, ListInfluencersSort sort, bool lowConfidenceLast = true)
    {
        influencers = influencers.WithNullsLowest();
        if (lowConfidenceLast && ListInfluencersSorts.IsByRelevance(sort))
        {
            var confidentFirst = influencers.OrderBy(i => i.KnownComponents >= ListInfluencersQuery.ConfidentComponents ? 0 : 1);
            return (sort == ListInfluencersSort.Relevance
                ? confidentFirst.ThenBy(i => i.RelevanceOverall)
                : confidentFirst.ThenByDescending(i => i.RelevanceOverall)).ThenBy(i => i.Id);
        }

        return sort switch
        {
            ListInfluencersSort.Handle => influencers.OrderBy(i => i.NormalizedHandle).ThenBy(i => i.Id),
            ListInfluencersSort.HandleDescending => influencers.OrderByDescending(i => i.NormalizedHandle).ThenBy(i => i.Id),
            ListInfluencersSort.Relevance => influencers.OrderBy(i => i.RelevanceOverall).ThenBy(i => i.Id),
            ListInfluencersSort.RelevanceDescending => influencers.OrderByDescending(i => i.RelevanceOverall).ThenBy(i => i.Id),
            ListInfluencersSort.UpdatedAt => influencers.OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id),
            ListInfluencersSort.UpdatedAtDescending => influencers.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id),
            ListInfluencersSort.DataAsOf => influencers.OrderBy(i => i.DataAsOf).ThenBy(i => i.Id),
            ListInfluencersSort.DataAsOfDescending => influencers.OrderByDescending(i => i.DataAsOf).ThenBy(i => i.Id),
            ListInfluencersSort.EngagementRate => influencers.OrderBy(i => i.EngagementRate).ThenBy(i => i.Id),
            ListInfluencersSort.EngagementRateDescending => influencers.OrderByDescending(i => i.EngagementRate).ThenBy(i => i.Id),
            ListInfluencersSort.Followers => influencers.OrderBy(i => i.Followers).ThenBy(i => i.Id),
            ListInfluencersSort.FollowersDescending => influencers.OrderByDescending(i => i.Followers).ThenBy(i => i.Id),
            ListInfluencersSort.Growth30 => influencers.OrderBy(i => i.GrowthRate30).ThenBy(i => i.Id),
            ListInfluencersSort.Growth30Descending => influencers.OrderByDescending(i => i.GrowthRate30).ThenBy(i => i.Id),
            ListInfluencersSort.ErPercentile => influencers.OrderBy(i => i.ErPercentile).ThenBy(i => i.Id),
            ListInfluencersSort.ErPercentileDescending => influencers.OrderByDescending(i => i.ErPercentile).ThenBy(i => i.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Not a listing order."),
        };
    }

    /// <summary>lowConfidenceLast as validated; true unless it says false.</summary>
    public static bool LowConfidenceLast(ListInfluencersQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return !bool.TryParse(query.LowConfidenceLast, out var last) || last;
    }

    private static string EscapeLike(string value) =>
        value.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal);
}
