namespace AnalisaAI.Api.Features.Influencers.ListPosts;

/// <summary>
/// A stored post with its <paramref name="Interactions"/> (metrics.md: likes + comments + shares + saves, an
/// unknown shares or saves counted as 0) and its <paramref name="EngagementRate"/>, those interactions per
/// 100 of the influencer's current followers: null when the followers are 0 or unknown.
/// </summary>
public sealed record PostEngagementResponse(
    string ExternalId,
    DateTime PublishedAt,
    ContentType ContentType,
    long Likes,
    long Comments,
    long? Shares,
    long? Saves,
    long? Views,
    long? Reach,
    long? Impressions,
    long Interactions,
    double? EngagementRate)
{
    public static PostEngagementResponse From(Post post, long? followers)
    {
        var interactions = post.Likes + post.Comments + (post.Shares ?? 0) + (post.Saves ?? 0);
        double? rate = followers is > 0 ? interactions / (double)followers.Value * 100 : null;
        return new(post.ExternalId, post.PublishedAt, post.ContentType, post.Likes, post.Comments, post.Shares, post.Saves,
            post.Views, post.Reach, post.Impressions, interactions, rate);
    }
}
