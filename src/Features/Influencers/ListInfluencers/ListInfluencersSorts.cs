using System.Collections.Frozen;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>The <c>sort</c> parameter's values.</summary>
public static class ListInfluencersSorts
{
    /// <summary>No <c>sort</c>: the most relevant first.</summary>
    public const ListInfluencersSort Default = ListInfluencersSort.RelevanceDescending;

    /// <summary>Every value, in the order the docs list them: each key ascending, then descending.</summary>
    private static readonly (string Name, ListInfluencersSort Sort)[] Values =
    [
        ("handle", ListInfluencersSort.Handle), ("-handle", ListInfluencersSort.HandleDescending),
        ("relevance", ListInfluencersSort.Relevance), ("-relevance", ListInfluencersSort.RelevanceDescending),
        ("updatedAt", ListInfluencersSort.UpdatedAt), ("-updatedAt", ListInfluencersSort.UpdatedAtDescending),
        ("dataAsOf", ListInfluencersSort.DataAsOf), ("-dataAsOf", ListInfluencersSort.DataAsOfDescending),
        ("engagementRate", ListInfluencersSort.EngagementRate), ("-engagementRate", ListInfluencersSort.EngagementRateDescending),
        ("followers", ListInfluencersSort.Followers), ("-followers", ListInfluencersSort.FollowersDescending),
        ("growth30", ListInfluencersSort.Growth30), ("-growth30", ListInfluencersSort.Growth30Descending),
        ("erPercentile", ListInfluencersSort.ErPercentile), ("-erPercentile", ListInfluencersSort.ErPercentileDescending),
    ];

    private static readonly FrozenDictionary<string, ListInfluencersSort> ByName =
        Values.ToFrozenDictionary(v => v.Name, v => v.Sort, StringComparer.OrdinalIgnoreCase);

    /// <summary>The default's name, <c>-relevance</c>.</summary>
    public static string DefaultName { get; } = Values.First(v => v.Sort == Default).Name;

    /// <summary>Every value, for the OpenAPI document's enum.</summary>
    public static ClosedSet All { get; } = new(typeof(ListInfluencersSorts), nameof(ListInfluencersSort), Values.Select(v => v.Name));

    public static string Names => string.Join(", ", All);

    /// <summary>For a value already validated.</summary>
    public static ListInfluencersSort Parse(string? value) =>
        TryParse(value, out var sort) ? sort : throw new ArgumentException($"'{value}' is not one of: {Names}.", nameof(value));

    /// <summary>No value means the default order, <see cref="Default"/>.</summary>
    public static bool TryParse(string? value, out ListInfluencersSort sort)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            sort = Default;
            return true;
        }

        return ByName.TryGetValue(value.Trim(), out sort);
    }

    /// <summary>The relevance sorts, under which <c>lowConfidenceLast</c> applies.</summary>
    public static bool IsByRelevance(ListInfluencersSort sort) => sort is ListInfluencersSort.Relevance or ListInfluencersSort.RelevanceDescending;
}
