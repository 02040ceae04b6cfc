using System.Globalization;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListPosts;

/// <summary>
/// One page of the influencer's posts, newest first. The paging values stay strings until the validator has
/// checked them, so a bad one is a 400 naming its parameter rather than a binding failure.
/// </summary>
public sealed record ListPostsQuery(Guid InfluencerId, string? Page, string? PageSize) : IQuery<ListPostsResponse>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000_000;

    public static bool TryParse(string? value, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= 1 && result <= max;

    /// <summary>The page and size asked for, the defaults where absent; only valid values once validated.</summary>
    public (int Page, int PageSize) Resolve()
    {
        var page = Page is not null && TryParse(Page, MaxPage, out var p) ? p : 1;
        var pageSize = PageSize is not null && TryParse(PageSize, MaxPageSize, out var s) ? s : DefaultPageSize;
        return (page, pageSize);
    }
}
