namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The six flags' ids, in the order the API lists them.</summary>
public static class SignalIds
{
    public const string FollowerSpike = "followerSpike";
    public const string FollowerDrop = "followerDrop";
    public const string MassFollowing = "massFollowing";
    public const string LowEngagementForTier = "lowEngagementForTier";
    public const string HighCommentToLikeRatio = "highCommentToLikeRatio";
    public const string LikesExceedViews = "likesExceedViews";

    public static readonly IReadOnlyList<string> All =
        [FollowerSpike, FollowerDrop, MassFollowing, LowEngagementForTier, HighCommentToLikeRatio, LikesExceedViews];
}
