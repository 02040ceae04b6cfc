using System.Collections.Frozen;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>The <c>sort</c> parameter's values.</summary>
public static class ListInfluencersSorts
{
    private static readonly FrozenDictionary<string, ListInfluencersSort> ByName = new Dictionary<string, ListInfluencersSort>
    {
        ["handle"] = ListInfluencersSort.Handle,
        ["relevance"] = ListInfluencersSort.Relevance,
        ["-relevance"] = ListInfluencersSort.RelevanceDescending,
        ["updatedAt"] = ListInfluencersSort.UpdatedAt,
        ["-updatedAt"] = ListInfluencersSort.UpdatedAtDescending,
        ["dataAsOf"] = ListInfluencersSort.DataAsOf,
        ["-dataAsOf"] = ListInfluencersSort.DataAsOfDescending,
        ["erPercentile"] = ListInfluencersSort.ErPercentile,
        ["-erPercentile"] = ListInfluencersSort.ErPercentileDescending,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Names => string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));

    /// <summary>For a value already validated.</summary>
    public static ListInfluencersSort Parse(string? value) =>
        TryParse(value, out var sort) ? sort : throw new ArgumentException($"'{value}' is not one of: {Names}.", nameof(value));

    /// <summary>No value means the default order, by handle.</summary>
    public static bool TryParse(string? value, out ListInfluencersSort sort)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            sort = ListInfluencersSort.Handle;
            return true;
        }

        return ByName.TryGetValue(value.Trim(), out sort);
    }
}
