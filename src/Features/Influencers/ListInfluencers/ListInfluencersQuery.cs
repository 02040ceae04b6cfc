using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// The query string as sent. Values stay strings until the validator has checked them, so a bad value is a
/// 400 naming its parameter rather than a binding failure. The later parameters are optional in code too, so
/// a caller that builds a query names only what it sets.
/// </summary>
public sealed record ListInfluencersQuery(
    string? Platform,
    string? Category,
    string? MinRelevance,
    string? Search,
    string? Tier,
    string? MinErPercentile,
    string? Flag,
    string? NoFlags,
    string? Sort,
    string? Page,
    string? PageSize,
    string? MinFollowers = null,
    string? MaxFollowers = null,
    string? MinEngagementRate = null,
    string? MaxEngagementRate = null,
    string? LowConfidenceLast = null) : IQuery<ListInfluencersResponse>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000_000;
    public const int SearchMaxLength = 100;

    /// <summary>Under the relevance sorts, rows with fewer known components than this come last (unless lowConfidenceLast=false).</summary>
    public const int ConfidentComponents = 3;
}
